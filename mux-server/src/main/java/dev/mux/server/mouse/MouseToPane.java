package dev.mux.server.mouse;

import dev.mux.server.model.Pane;
import dev.mux.server.term.Modes;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A mouse key given to a pane, as tmux's window_pane_key gives one (send-keys -M, or a key bound
 * nowhere): a pane in a mode that takes keys itself gets it as a key (the wheel scrolls it), a mode
 * with key tables (copy mode) has had its chance there and gets nothing, and a pane's program gets
 * the event only if it asked for the mouse and the key happened over that pane, encoded as it asked.
 */
public final class MouseToPane {
    /** Lines per wheel notch for a mode that scrolls, as tmux's default {@code send -N5 -X scroll-up}. */
    static final int WHEEL_LINES = 5;

    private MouseToPane() {}

    /**
     * Gives {@code key} to {@code pane}; {@code modeKeys} is the pane's mode-keys option and
     * {@code commands} runs a command line a mode asks for.
     */
    public static void give(MouseKey key, Pane pane, String modeKeys, Consumer<String> commands) {
        if (pane == null) return;
        if (!pane.modes().isEmpty()) {
            if (pane.modes().keyTable(modeKeys) != null) return;
            if (key.name().endsWith("WheelUpPane")) {
                pane.modes().wheel(WHEEL_LINES);
            } else if (key.name().endsWith("WheelDownPane")) {
                pane.modes().wheel(-WHEEL_LINES);
            } else {
                pane.modes().key(key.name(), commands);
            }
            return;
        }
        if (!key.forwardable() || key.place().pane() != pane) return;
        Optional<MouseKey.Cell> cell = key.cellIn(pane, false);
        if (cell.isEmpty()) return;
        Modes modes = pane.terminal().screen().modes();
        byte[] report = MouseReports.encode(key.event(), cell.get().column(), cell.get().row(), modes.mouseTracking(),
                modes.mouseEncoding());
        if (report != null) pane.write(report);
    }
}
