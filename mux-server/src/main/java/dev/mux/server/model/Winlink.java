package dev.mux.server.model;

/**
 * A window's place in a session, as tmux's winlink: the session's windows are a list of these, one
 * per index, so one window can be shown in several sessions (link-window, grouped sessions) or at
 * two indexes of one. Flags of the place (current, last, and the alert flags {@code # ! ~}) stay
 * with it when its window changes (swap-window): as in tmux, a bell raises the flag in each place
 * except where the window is current in an attached session, so one place may show it and another
 * not.
 */
public final class Winlink {
    private final Session session;
    private Window window;
    private int index;
    /** The alert flags shown here: {@link WindowAlerts#BELL}, ACTIVITY and SILENCE bits. */
    private int alerts;

    Winlink(Session session, Window window, int index) {
        this.session = session;
        this.window = window;
        this.index = index;
    }

    /**
     * The place tmux picks for {@code window} when nothing names a session (a notification about it
     * or its panes, cmd_find_from_window): in the session of its places used last, the current
     * place if it shows the window, else its first there; its {@link Window#home()} when it is in
     * no session.
     */
    public static Winlink bestOf(Window window) {
        Session best = null;
        for (Winlink link : window.links()) {
            if (best == null || link.session().lastUsed() > best.lastUsed()) best = link.session();
        }
        return best == null ? window.home() : best.linkOf(window).orElse(window.home());
    }

    public Session session() {
        return session;
    }

    public Window window() {
        return window;
    }

    public int index() {
        return index;
    }

    void moveTo(int newIndex) {
        index = newIndex;
    }

    /** swap-window: another window takes this place. */
    void show(Window newWindow) {
        window = newWindow;
    }

    /** The alert flags this place shows (WindowAlerts bits). */
    public int alerts() {
        return alerts;
    }

    public boolean shows(int alert) {
        return (alerts & alert) != 0;
    }

    /** Raises an alert flag here. */
    public void show(int alert) {
        alerts |= alert;
    }

    /** The flags go (the window was selected, or kill-session -C). */
    public void clearAlerts() {
        alerts = 0;
    }
}
