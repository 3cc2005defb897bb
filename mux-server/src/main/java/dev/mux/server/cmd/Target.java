package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;

/**
 * A resolved {@code -t}: the session, and for window and pane targets the window and pane (a
 * window target's pane is its active one).
 */
public record Target(Session session, Window window, Pane pane) {
    static Target resolve(TargetKind kind, CommandContext context, String text) throws CommandException {
        return switch (kind) {
            case NONE -> null;
            case SESSION -> of(Targets.session(context, text));
            case WINDOW -> of(Targets.window(context, text));
            case PANE -> of(Targets.pane(context, text));
        };
    }

    private static Target of(Session session) {
        Window window = session.currentWindow();
        return new Target(session, window, window == null ? null : window.activePane());
    }

    private static Target of(Window window) {
        return new Target(window.session(), window, window.activePane());
    }

    private static Target of(Pane pane) {
        return new Target(pane.window().session(), pane.window(), pane);
    }
}
