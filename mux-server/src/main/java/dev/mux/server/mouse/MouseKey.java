package dev.mux.server.mouse;

import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import java.util.Optional;

/**
 * A mouse event made a key, as tmux's server_client_check_mouse makes one: its name as key tables
 * bind it ({@code MouseDown1Pane}, {@code M-WheelUpStatus}), what is under it, and where the pointer
 * is and was on the client's terminal ({@code x, y} now, {@code lastX, lastY} at the event before),
 * {@code windowTop} being the client's row of the window's first row. Commands run by its binding
 * see it: the {@code =} target, {@code send-keys -M}, {@code copy-mode -M}, {@code resize-pane -M}.
 *
 * @param forwardable false for a double click, which tmux never passes on to a pane's program
 */
public record MouseKey(String name, MouseEvent event, MousePlace place, int x, int y, int lastX, int lastY,
                       int windowTop, boolean forwardable) {
    /** A cell of a pane. */
    public record Cell(int column, int row) {}

    /**
     * The pointer's cell in {@code pane} (where it is, or with {@code last} where it was at the event
     * before), or empty when it is outside the pane or the pane is not in the key's window.
     */
    public Optional<Cell> cellIn(Pane pane, boolean last) {
        if (pane == null || !place.window().panes().contains(pane)) return Optional.empty();
        Geometry at = place.window().geometry(pane);
        int column = (last ? lastX : x) - at.x();
        int row = (last ? lastY : y) - windowTop - at.y();
        if (column < 0 || column >= at.columns() || row < 0 || row >= at.rows()) return Optional.empty();
        return Optional.of(new Cell(column, row));
    }

    /** The pointer's cell in the window (rows counted from the window's first), which may be outside it. */
    public Cell inWindow(boolean last) {
        return new Cell(last ? lastX : x, (last ? lastY : y) - windowTop);
    }

    /** Whether the key is a turn of the wheel, which copy mode's commands do not take as a pointer. */
    public boolean isWheel() {
        return name.contains("Wheel");
    }
}
