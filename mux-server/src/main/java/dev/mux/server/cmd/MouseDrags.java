package dev.mux.server.cmd;

import dev.mux.server.mode.PaneMode;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.mouse.BorderDrag;
import dev.mux.server.mouse.MouseDrag;
import dev.mux.server.mouse.MouseKey;
import java.util.Optional;

/**
 * The drags commands begin from a mouse key's binding, as tmux's copy mode and resize-pane do:
 * each gives the requester's further moves of the button to a {@link MouseDrag}.
 */
final class MouseDrags {
    private MouseDrags() {}

    /** The pane a mouse key is about: the one under it, else the active pane of its window. */
    static Pane paneOf(MouseKey key) {
        Window window = key.place().window();
        Pane pane = key.place().pane();
        return pane != null && window.panes().contains(pane) ? pane : window.activePane();
    }

    /**
     * tmux's window_copy_start_drag: the pane's mode selects from where the button went down to
     * where the pointer is, and follows the pointer (held to the pane) until the button comes up.
     */
    static void select(CommandContext context, MouseKey key, Pane pane) {
        Optional<MouseKey.Cell> start = key.cellIn(pane, true);
        if (start.isEmpty() || pane.modes().isEmpty()) return;
        pane.modes().drag(start.get().column(), start.get().row(), PaneMode.DragPhase.START);
        MouseDrag drag = new MouseDrag() {
            @Override
            public void update(MouseKey moved) {
                MouseKey.Cell at = moved.inWindow(false);
                var geometry = pane.window().geometry(pane);
                int column = Math.max(0, Math.min(at.column() - geometry.x(), geometry.columns() - 1));
                int row = Math.max(0, Math.min(at.row() - geometry.y(), geometry.rows() - 1));
                if (pane.window().panes().contains(pane)) pane.modes().drag(column, row, PaneMode.DragPhase.MOVE);
            }

            @Override
            public void release(MouseKey released) {
                pane.modes().drag(0, 0, PaneMode.DragPhase.END);
            }
        };
        context.requester().startDrag(drag);
        drag.update(key);
    }

    /** tmux's MouseDrag1Border binding, resize-pane -M: the border under the button follows the pointer. */
    static void border(CommandContext context, MouseKey key) {
        Window window = key.place().window();
        MouseKey.Cell pressed = key.inWindow(true);
        Optional<BorderDrag> border = BorderDrag.at(window, pressed.column(), pressed.row());
        if (border.isEmpty()) return;
        MouseDrag drag = moved -> {
            MouseKey.Cell at = moved.inWindow(false);
            border.get().moveTo(window, at.column(), at.row());
        };
        context.requester().startDrag(drag);
        drag.update(key);
    }

    /**
     * A copy-mode command run from a mouse key first puts the mode's cursor under the pointer (tmux's
     * window_copy_move_mouse). tmux moves only the cursor, not a selection's end, so with a selection
     * (a double click's word, about to be copied) the cursor stays.
     */
    static void pointAt(MouseKey key) {
        Pane pane = paneOf(key);
        if (key.isWheel() || pane.modes().isEmpty() || "1".equals(pane.modes().top().format("selection_present"))) return;
        key.cellIn(pane, false).ifPresent(cell -> pane.modes().drag(cell.column(), cell.row(), PaneMode.DragPhase.MOVE));
    }
}
