package dev.mux.server.mouse;

import dev.mux.server.layout.Border;
import dev.mux.server.layout.Direction;
import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import java.util.Optional;

/**
 * Dragging a border between panes with the left button, as tmux's default MouseDrag1Border binding
 * ({@code resize-pane -M}): the pane before the border grows or shrinks so that the border follows
 * the pointer.
 */
public final class BorderDrag {
    private final Pane before;
    private final boolean vertical;
    private int last;

    private BorderDrag(Pane before, boolean vertical, int last) {
        this.before = before;
        this.vertical = vertical;
        this.last = last;
    }

    /** A drag of the border at the window's cell {@code (column, row)}, if one is there. */
    public static Optional<BorderDrag> at(Window window, int column, int row) {
        if (window.zoomedPane() != null) return Optional.empty();
        for (Border border : window.layout().borders()) {
            boolean on = border.vertical()
                    ? column == border.x() && row >= border.y() && row < border.y() + border.length()
                    : row == border.y() && column >= border.x() && column < border.x() + border.length();
            if (!on) continue;
            for (Pane pane : window.panes()) {
                Geometry at = window.geometry(pane);
                boolean touches = border.vertical()
                        ? at.x() + at.columns() == border.x() && row >= at.y() && row < at.y() + at.rows()
                        : at.y() + at.rows() == border.y() && column >= at.x() && column < at.x() + at.columns();
                if (touches) return Optional.of(new BorderDrag(pane, border.vertical(), border.vertical() ? column : row));
            }
        }
        return Optional.empty();
    }

    /** The pointer moved to {@code (column, row)}: the border moves by as much along its axis. */
    public void moveTo(Window window, int column, int row) {
        if (!window.panes().contains(before)) return;
        int now = vertical ? column : row;
        int delta = now - last;
        if (delta == 0) return;
        Direction grow = vertical ? Direction.RIGHT : Direction.DOWN;
        Direction shrink = vertical ? Direction.LEFT : Direction.UP;
        window.resizePane(before, delta > 0 ? grow : shrink, Math.abs(delta));
        Geometry at = window.geometry(before);
        last = vertical ? at.x() + at.columns() : at.y() + at.rows();
    }
}
