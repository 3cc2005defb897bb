package dev.mux.server.mouse;

import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.copy.CopyMode;
import dev.mux.server.copy.ModeKeys;
import dev.mux.server.copy.PaneCopyMode;
import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.term.Modes;
import dev.mux.server.term.MouseTracking;
import java.util.List;
import java.util.Optional;

/**
 * What a mouse event from an attached client does, following tmux 3.3's default mouse bindings.
 * With the mouse option on: the wheel over a pane scrolls its history in copy mode (entered as
 * {@code copy-mode -e}, so scrolling back to the bottom leaves it), a click selects the pane, and
 * a pane whose program asked for the mouse gets the events instead. With it off, only the active
 * pane's program gets the events it asked for.
 */
public final class MouseRouter {
    /** Lines per wheel notch, as tmux's default {@code send -N5 -X scroll-up}. */
    static final int WHEEL_LINES = 5;

    private final PasteBuffers buffers;

    public MouseRouter(PasteBuffers buffers) {
        this.buffers = buffers;
    }

    /** Handles {@code event} on {@code window}; {@code mouse} is the option, {@code keys} mode-keys. */
    public void route(MouseEvent event, Window window, boolean mouse, ModeKeys keys) {
        Optional<Pane> under = paneAt(window, event.column(), event.row());
        if (under.isEmpty()) return;
        Pane pane = under.get();
        boolean programWantsMouse = pane.copyMode() == null
                && pane.terminal().screen().modes().mouseTracking() != MouseTracking.OFF;
        if (!mouse) {
            if (pane == window.activePane() && programWantsMouse) forward(event, window, pane);
            return;
        }
        if (event.isPress()) window.select(pane);
        if (programWantsMouse) {
            forward(event, window, pane);
        } else if (event.wheelUp()) {
            CopyMode mode = PaneCopyMode.enter(pane, keys, true);
            mode.scrollUp(WHEEL_LINES);
            pane.copyModeChanged();
        } else if (event.wheelDown() && pane.copyMode() != null) {
            PaneCopyMode.settle(pane, pane.copyMode().scrollDown(WHEEL_LINES), buffers);
        }
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
