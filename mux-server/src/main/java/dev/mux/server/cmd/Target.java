package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;

/**
 * A resolved {@code -t} or {@code -s}: the session, and for window and pane targets the window and
 * pane (a window target's pane is its active one). A {@link TargetKind#WINDOW_INDEX} target has a
 * session and an index only. A window linked into several sessions is found in the session the
 * target named (or the best one for an id), so {@link #link()} is its place there.
 *
 * @param windowIndex where a new window goes ({@link TargetKind#WINDOW_INDEX}), -1 for the lowest free index
 * @param link the window's place in the session (null for a {@link TargetKind#WINDOW_INDEX} or an empty session)
 */
public record Target(Session session, Window window, Pane pane, int windowIndex, Winlink link) {
    static Target resolve(TargetKind kind, CommandContext context, String text) throws CommandException {
        return switch (kind) {
            case NONE -> null;
            case SESSION -> of(Targets.session(context, text));
            case WINDOW -> of(TargetFinder.find(context, text, TargetSpec.Kind.WINDOW, false));
            case PANE -> of(TargetFinder.find(context, text, TargetSpec.Kind.PANE, false));
            case WINDOW_INDEX -> slot(Targets.slot(context, text));
        };
    }

    private static Target of(Session session) {
        Window window = session.currentWindow();
        return new Target(session, window, window == null ? null : window.activePane(), -1, session.currentLink());
    }

    private static Target of(TargetFinder.Found found) {
        Winlink link = found.session().linkAt(found.index()).filter(at -> at.window() == found.window())
                .or(() -> found.session().linkOf(found.window())).orElse(null);
        return new Target(found.session(), found.window(), found.pane(), -1, link);
    }

    private static Target slot(Targets.WindowSlot slot) {
        return new Target(slot.session(), null, null, slot.index(), null);
    }
}
