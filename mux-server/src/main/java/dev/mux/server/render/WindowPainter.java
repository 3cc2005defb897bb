package dev.mux.server.render;

import dev.mux.server.copy.CopyMode;
import dev.mux.server.copy.CopyModePainter;
import dev.mux.server.layout.BorderCell;
import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.term.Color;
import dev.mux.server.term.Screen;
import dev.mux.server.term.Style;
import java.util.List;

/**
 * Composes what a client sees of a window: each pane's screen at its place in the layout, the
 * borders between panes (those around the active pane in green, as tmux's
 * pane-active-border-style), the status line, and the active pane's cursor.
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
        if (window.zoomedPane() != null) {
            drawPane(frame, active, 0, 0);
        } else {
            drawBorders(frame, window, activeGeometry);
            List<Pane> panes = window.panes();
            for (int i = 0; i < panes.size(); i++) {
                Geometry geometry = window.geometry(panes.get(i));
                drawPane(frame, panes.get(i), geometry.x(), geometry.y());
            }
        }
        if (status != null) StatusLine.draw(status, frame, rows - StatusLine.ROWS);
        Screen screen = active.terminal().screen();
        frame.setCursor(activeGeometry.x() + screen.cursorColumn(), activeGeometry.y() + screen.cursorRow(),
                screen.modes().cursorVisible());
        if (status != null && status.cursor() >= 0) frame.setCursor(status.cursor(), rows - StatusLine.ROWS, true);
        CopyMode copyMode = active.copyMode();
        if (copyMode != null) {
            CopyModePainter.placeCursor(frame, copyMode, activeGeometry.x(), activeGeometry.y());
            CopyModePainter.drawPrompt(frame, copyMode, rows - 1);
        }
        return frame;
    }

    /** A pane's screen, or its copy-mode view while it is in copy mode. */
    private static void drawPane(Frame frame, Pane pane, int left, int top) {
        Screen screen = pane.terminal().screen();
        if (pane.copyMode() == null) {
            frame.drawScreen(screen, left, top);
        } else {
            CopyModePainter.draw(frame, pane.copyMode(), left, top, screen.columns(), screen.rows());
        }
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
