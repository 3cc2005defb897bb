package dev.mux.server.model;

import java.util.List;
import java.util.Optional;

/**
 * The moves of windows between places ({@link Winlink}s) of the model: new-window's and
 * move-window's shuffle, move-window, link-window, unlink-window, swap-window and renumbering. A
 * session group's other members follow each change.
 */
public final class WindowPlaces {
    private final Sessions owner;
    private final SessionGroups groups;

    WindowPlaces(Sessions owner, SessionGroups groups) {
        this.owner = owner;
        this.groups = groups;
    }

    /**
     * Makes room at {@code index} (tmux's winlink_shuffle_up, for new-window -a/-b and move-window):
     * the windows from there up to the first gap each move one index up.
     */
    public void shuffleUp(Session session, int index) {
        int last = session.freeWindowIndex(index);
        for (; last > index; last--) {
            session.reindex(session.linkAt(last - 1).orElseThrow(), last);
        }
    }

    /** Moves the place to {@code index} in its session, which the caller checked is free. */
    public void moveWindow(Winlink link, int index) {
        link.session().reindex(link, index);
        groups.synchronize(link.session());
    }

    /**
     * swap-window: the two places exchange their windows; each place stays its session's current
     * or last window if it was, as tmux's winlink keeps its flags.
     */
    public void swapWindows(Winlink a, Winlink b) {
        Window windowA = a.window();
        Window windowB = b.window();
        windowA.removeLink(a);
        windowB.removeLink(b);
        a.show(windowB);
        b.show(windowA);
        windowB.addLink(a);
        windowA.addLink(b);
        groups.synchronize(a.session());
        if (b.session() != a.session()) groups.synchronize(b.session());
    }

    /**
     * move-window: puts {@code window} at the free {@code index} of {@code to}, leaving the other
     * windows of its session where they are, and makes it current there if {@code select}. As in
     * tmux, the window is linked at its new place (and selected) before it leaves the old one, which
     * is then no longer current or last. Returns its old session if it left that empty: the session
     * is gone then.
     */
    public Optional<Session> moveWindow(Winlink link, Session to, int index, boolean select) {
        Session from = link.session();
        if (from == to && select) {
            from.reindex(link, index);
            from.select(link);
            groups.synchronize(from);
            return Optional.empty();
        }
        Winlink added = to.link(link.window(), index);
        owner.events().windowLinked(to, link.window());
        if (select) to.select(added);
        groups.synchronize(to);
        from.detach(link);
        groups.synchronize(from);
        return from == to ? Optional.empty() : owner.removeIfEmpty(from);
    }

    /**
     * link-window: shows {@code window} also at the free {@code index} of {@code to}, current there
     * if {@code select}.
     */
    public void link(Window window, Session to, int index, boolean select) {
        Winlink added = to.link(window, index);
        owner.events().windowLinked(to, window);
        if (select) to.select(added);
        groups.synchronize(to);
    }

    /**
     * unlink-window: takes the place out of its session (its group's other sessions follow).
     * Returns the sessions this left empty, which are gone then; the window is left in no session
     * if that was its last place, and its caller ends it then.
     */
    public List<Session> unlink(Winlink link) {
        Session from = link.session();
        from.detach(link);
        groups.synchronize(from);
        return owner.removeIfEmpty(from).stream().toList();
    }

    /**
     * Takes a place out of its session without renumbering the others or ending the session
     * (move-window -k clears the index it replaces before the stop procedure ends its panes).
     */
    public void setAside(Winlink link) {
        link.session().detach(link);
    }

    /** move-window -r: the session's windows take consecutive indexes from base-index. */
    public void renumberWindows(Session session) {
        session.renumber();
    }
}
