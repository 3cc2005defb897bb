package dev.mux.server.mouse;

import dev.mux.server.layout.Geometry;
import dev.mux.server.mode.PaneMode;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.term.Modes;
import dev.mux.server.term.MouseTracking;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a mouse event from an attached client does, following tmux 3.3's default mouse bindings.
 * With the mouse option on: the wheel over a pane in a mode goes to the mode (copy mode scrolls);
 * over a pane showing its screen, wheel up enters the mode that scrolls its history (tmux's default
 * binding: {@code copy-mode -e}, so scrolling back to the bottom leaves it); a click selects the
 * pane; dragging with the left button selects in copy mode (entering it first, as tmux's
 * MouseDrag1Pane does) and letting go copies the selection and leaves, as copy mode's
 * MouseDragEnd1Pane; a double click selects the word under the pointer and a triple click the
 * line, and copies it (DoubleClick1Pane, TripleClick1Pane); dragging a border resizes the panes
 * beside it (MouseDrag1Border); and a pane whose program asked for the mouse gets the events instead. With it off, only
 * the active pane's program gets the events it asked for.
 */
public final class MouseRouter {
    /** Lines per wheel notch, as tmux's default {@code send -N5 -X scroll-up}. */
    static final int WHEEL_LINES = 5;
    private static final int LEFT_BUTTON = 0;

    /** The pane a left-button drag began over, until the button comes up. */
    private Pane dragging;
    /** A border being dragged with the left button, until it comes up. */
    private BorderDrag borderDrag;
    /** Double and triple clicks of the left button. */
    private final Clicks clicks = new Clicks();

    /**
     * Handles {@code event} on {@code window}; {@code mouse} is the option; {@code scrollBack} puts
     * a pane in the mode wheel up enters, as the key binding's command would.
     */
    public void route(MouseEvent event, Window window, boolean mouse, Consumer<Pane> scrollBack) {
        if (dragging != null && mouse && (event.isMotion() || event.release())) {
            drag(event, window);
            return;
        }
        if (borderDrag != null && mouse && (event.isMotion() || event.release())) {
            if (event.release()) {
                borderDrag = null;
            } else {
                borderDrag.moveTo(window, event.column(), event.row());
            }
            return;
        }
        Optional<Pane> under = paneAt(window, event.column(), event.row());
        if (under.isEmpty()) {
            // tmux's MouseDrag1Border: the left button down on a border and moved resizes the panes.
            if (mouse && event.isPress() && (event.button() & 3) == LEFT_BUTTON) {
                borderDrag = BorderDrag.at(window, event.column(), event.row()).orElse(null);
            }
            return;
        }
        Pane pane = under.get();
        boolean programWantsMouse = pane.modes().isEmpty()
                && pane.terminal().screen().modes().mouseTracking() != MouseTracking.OFF;
        if (!mouse) {
            if (pane == window.activePane() && programWantsMouse) forward(event, window, pane);
            return;
        }
        if (event.isPress()) window.select(pane);
        int clickCount = event.isPress() && (event.button() & 3) == LEFT_BUTTON
                ? clicks.press(event.column(), event.row(), System.nanoTime()) : 0;
        if (programWantsMouse) {
            forward(event, window, pane);
        } else if (clickCount >= 2) {
            // tmux's DoubleClick1Pane and TripleClick1Pane: copy mode selects the word or line, then copies it.
            if (pane.modes().isEmpty()) scrollBack.accept(pane);
            Geometry at = window.geometry(pane);
            pane.modes().click(event.column() - at.x(), event.row() - at.y(), clickCount);
        } else if (event.isMotion() && event.button() == (MouseEvent.MOTION | LEFT_BUTTON)) {
            // tmux's MouseDrag1Pane: a pane showing its screen enters copy mode (copy-mode -M).
            if (pane.modes().isEmpty()) scrollBack.accept(pane);
            dragging = pane;
            Geometry at = window.geometry(pane);
            pane.modes().drag(event.column() - at.x(), event.row() - at.y(), PaneMode.DragPhase.START);
        } else if (event.wheelUp()) {
            if (pane.modes().isEmpty()) scrollBack.accept(pane);
            pane.modes().wheel(WHEEL_LINES);
        } else if (event.wheelDown()) {
            pane.modes().wheel(-WHEEL_LINES);
        }
    }

    /** The drag going on: the pointer moved (clamped to the pane), or the button came up. */
    private void drag(MouseEvent event, Window window) {
        Pane pane = dragging;
        if (!window.panes().contains(pane)) {
            dragging = null;
            return;
        }
        Geometry at = window.geometry(pane);
        int column = Math.max(0, Math.min(event.column() - at.x(), at.columns() - 1));
        int row = Math.max(0, Math.min(event.row() - at.y(), at.rows() - 1));
        if (event.release()) dragging = null;
        pane.modes().drag(column, row, event.release() ? PaneMode.DragPhase.END : PaneMode.DragPhase.MOVE);
    }

    private static void forward(MouseEvent event, Window window, Pane pane) {
        Geometry at = window.geometry(pane);
        Modes modes = pane.terminal().screen().modes();
        byte[] report = MouseReports.encode(event, event.column() - at.x(), event.row() - at.y(),
                modes.mouseTracking(), modes.mouseEncoding());
        if (report != null) pane.write(report);
    }

    /** The pane drawn at the client's cell {@code (column, row)}: only the zoomed one while a pane is zoomed. */
    static Optional<Pane> paneAt(Window window, int column, int row) {
        Pane zoomed = window.zoomedPane();
        for (Pane pane : zoomed != null ? List.of(zoomed) : window.panes()) {
            Geometry at = window.geometry(pane);
            boolean inside = column >= at.x() && column < at.x() + at.columns() && row >= at.y() && row < at.y() + at.rows();
            if (inside) return Optional.of(pane);
        }
        return Optional.empty();
    }
}
