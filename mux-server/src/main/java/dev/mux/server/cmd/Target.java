package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;

/**
 * A resolved {@code -t} or {@code -s}: the session, and for window and pane targets the window and
 * pane (a window target's pane is its active one). A {@link TargetKind#WINDOW_INDEX} target has a
 * session and an index only.
 *
 * @param windowIndex where a new window goes ({@link TargetKind#WINDOW_INDEX}), -1 for the lowest free index
 */
public record Target(Session session, Window window, Pane pane, int windowIndex) {
    static Target resolve(TargetKind kind, CommandContext context, String text) throws CommandException {
        return switch (kind) {
            case NONE -> null;
            case SESSION -> of(Targets.session(context, text));
            case WINDOW -> of(Targets.window(context, text));
            case PANE -> of(Targets.pane(context, text));
            case WINDOW_INDEX -> slot(Targets.slot(context, text));
        };
    }

    private static Target of(Session session) {
        Window window = session.currentWindow();
        return new Target(session, window, window == null ? null : window.activePane(), -1);
    }

    private static Target of(Window window) {
        return new Target(window.session(), window, window.activePane(), -1);
    }

    private static Target of(Pane pane) {
        return new Target(pane.window().session(), pane.window(), pane, -1);
    }

    private static Target slot(Targets.WindowSlot slot) {
        return new Target(slot.session(), null, null, slot.index());
    }
}
