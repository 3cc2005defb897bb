package dev.mux.server.render;

import dev.mux.server.layout.BorderCell;
import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.mode.PaneMode;
import dev.mux.server.term.Color;
import dev.mux.server.term.Screen;
import dev.mux.server.term.Style;
import java.util.List;

/**
 * Composes what a client sees of a window: each pane's screen (or the mode on top of it, see
 * {@link PaneMode}) at its place in the layout, the borders between panes (those around the
 * active pane in green, as tmux's pane-active-border-style), the status line, and the active
 * pane's cursor.
 */
public final class WindowPainter {
    static final long BORDER = Style.DEFAULT;
    static final long ACTIVE_BORDER = Style.withForeground(Style.DEFAULT, Color.palette(2));

    private WindowPainter() {}

    /**
     * Paints into {@code frame}, which must be blank (new or {@link Frame#clear() cleared}), and
     * returns it; {@code status} is null when the status line is off.
     */
    public static Frame paint(Frame frame, Window window, StatusLine.Content status) {
        int rows = frame.rows();
        Pane active = window.activePane();
        Geometry activeGeometry = window.geometry(active);
        ModeCanvasOnFrame activeMode = null;
        if (window.zoomedPane() != null) {
            activeMode = drawPane(frame, active, 0, 0);
        } else {
            drawBorders(frame, window, activeGeometry);
            List<Pane> panes = window.panes();
            for (int i = 0; i < panes.size(); i++) {
                Geometry geometry = window.geometry(panes.get(i));
                ModeCanvasOnFrame mode = drawPane(frame, panes.get(i), geometry.x(), geometry.y());
                if (panes.get(i) == active) activeMode = mode;
            }
        }
        if (status != null) StatusLine.draw(status, frame, rows - StatusLine.ROWS);
        Screen screen = active.terminal().screen();
        frame.setCursor(activeGeometry.x() + screen.cursorColumn(), activeGeometry.y() + screen.cursorRow(),
                screen.modes().cursorVisible());
        boolean promptOpen = status != null && status.cursor() >= 0;
        if (promptOpen) frame.setCursor(status.cursor(), rows - StatusLine.ROWS, true);
        // A prompt typed on the status line is in front of the mode's cursor and its own prompt.
        if (activeMode != null && !promptOpen) activeMode.placeCursor(rows - 1);
        return frame;
    }

    /**
     * A pane's screen, or the mode on top of it; for a mode, returns the canvas it was drawn on,
     * which holds what the mode said of the cursor.
     */
    private static ModeCanvasOnFrame drawPane(Frame frame, Pane pane, int left, int top) {
        Screen screen = pane.terminal().screen();
        PaneMode mode = pane.modes().top();
        if (mode == null) {
            frame.drawScreen(screen, left, top);
            return null;
        }
        ModeCanvasOnFrame canvas = new ModeCanvasOnFrame(frame, left, top, screen.columns(), screen.rows());
        mode.draw(canvas);
        return canvas;
    }

    private static void drawBorders(Frame frame, Window window, Geometry active) {
        List<BorderCell> cells = window.layout().borderCells();
        for (int i = 0; i < cells.size(); i++) {
            BorderCell cell = cells.get(i);
            frame.put(cell.x(), cell.y(), BorderGlyphs.of(cell), touches(active, cell.x(), cell.y()) ? ACTIVE_BORDER : BORDER);
        }
    }

    /** A border cell belongs to the active pane when it is right next to the pane's rectangle. */
    private static boolean touches(Geometry pane, int x, int y) {
        boolean besideColumns = x >= pane.x() - 1 && x <= pane.x() + pane.columns();
        boolean besideRows = y >= pane.y() - 1 && y <= pane.y() + pane.rows();
        return besideColumns && besideRows;
    }
}
