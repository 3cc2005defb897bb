package dev.mux.server.render;

import dev.mux.server.layout.BorderCell;
import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.mode.PaneMode;
import dev.mux.server.term.Screen;
import dev.mux.server.term.Style;
import java.util.List;

/**
 * Composes what a client sees of a window: each pane's screen (or the mode on top of it, see
 * {@link PaneMode}) at its place in the layout, below the status line when it is at the top, the
 * borders between panes (in pane-border-style, and pane-active-border-style around the active
 * pane, with pane-border-lines' characters; the marked pane's in reverse), the status line, and the
 * active pane's cursor.
 */
public final class WindowPainter {
    private static final CachedStyle BORDER = new CachedStyle();
    private static final CachedStyle ACTIVE_BORDER = new CachedStyle();
    private static final CachedStyle MESSAGE = new CachedStyle();

    private WindowPainter() {}

    /**
     * Paints into {@code frame}, which must be blank (new or {@link Frame#clear() cleared}), and
     * returns it; {@code status} is null when there is no status line, message or prompt to show.
     * Where the status line goes is the window's session's options' (see {@link StatusPlacement}).
     */
    public static Frame paint(Frame frame, Window window, StatusLine status) {
        return paint(frame, window, status, template -> template);
    }

    /** As {@link #paint(Frame, Window, StatusLine)}, with style options that hold formats expanded by {@code expander}. */
    public static Frame paint(Frame frame, Window window, StatusLine status, StatusExpander expander) {
        int rows = frame.rows();
        StatusPlacement placement = StatusPlacement.of(window.session().options());
        int top = placement.panesTop();
        Pane active = window.activePane();
        Geometry activeGeometry = window.geometry(active);
        PaneStatus paneStatus = PaneStatus.of(window.options());
        boolean zoomed = window.zoomedPane() != null;
        List<BorderCell> borders = zoomed && paneStatus == PaneStatus.OFF ? List.of() : borderCells(window, paneStatus);
        long borderStyle = BORDER.of(expanded(window.options().string("pane-border-style"), expander));
        if (!zoomed || paneStatus != PaneStatus.OFF) drawBorders(frame, window, borders, activeGeometry, top, borderStyle, expander);
        WindowEdge.draw(frame, window, borders, paneStatus, top, rows - placement.rows(), borderStyle);
        ModeCanvasOnFrame activeMode = null;
        if (zoomed) {
            activeMode = drawPane(frame, active, activeGeometry.x(), top + activeGeometry.y(), expander);
        } else {
            List<Pane> panes = window.panes();
            for (int i = 0; i < panes.size(); i++) {
                Geometry geometry = window.geometry(panes.get(i));
                ModeCanvasOnFrame mode = drawPane(frame, panes.get(i), geometry.x(), top + geometry.y(), expander);
                if (panes.get(i) == active) activeMode = mode;
            }
        }
        int messageRow = placement.messageRow(rows);
        if (status != null) status.draw(frame, messageRow - (status.rows().size() - 1));
        Screen screen = active.terminal().screen();
        frame.setCursor(activeGeometry.x() + screen.cursorColumn(), top + activeGeometry.y() + screen.cursorRow(),
                screen.modes().cursorVisible());
        boolean promptOpen = status != null && status.cursor() >= 0;
        if (promptOpen) frame.setCursor(status.cursor(), messageRow, true);
        // A prompt typed on the status line is in front of the mode's cursor and its own prompt.
        if (activeMode != null && !promptOpen) {
            activeMode.placeCursor(messageRow, MESSAGE.of(expanded(window.session().options().string("message-style"), expander)));
        }
        return frame;
    }

    /**
     * A pane's screen, or the mode on top of it; for a mode, returns the canvas it was drawn on,
     * which holds what the mode said of the cursor.
     */
    private static ModeCanvasOnFrame drawPane(Frame frame, Pane pane, int left, int top, StatusExpander expander) {
        Screen screen = pane.terminal().screen();
        PaneMode mode = pane.modes().top();
        ModeCanvasOnFrame canvas = null;
        if (mode == null) {
            frame.drawScreen(screen, left, top);
        } else {
            canvas = new ModeCanvasOnFrame(frame, left, top, screen.columns(), screen.rows());
            mode.draw(canvas);
        }
        long colours = PaneColours.of(pane, expander);
        if (colours != Style.DEFAULT) drawInColours(frame, screen, mode == null, left, top, colours);
        PanePalette.apply(frame, pane, left, top, screen.columns(), screen.rows());
        return canvas;
    }

    /**
     * Gives the pane's default-coloured cells its window-style colours. Past the cells a line ever
     * used, tmux erases rather than writes, so there a foreground shows only when a background
     * comes with it (the blanks tmux writes where the terminal cannot erase in a colour).
     */
    private static void drawInColours(Frame frame, Screen screen, boolean ownScreen, int left, int top, long colours) {
        long erased = Style.background(colours) == 0 ? Style.DEFAULT : colours;
        for (int row = 0; row < screen.rows(); row++) {
            int used = ownScreen ? Math.min(screen.line(row).used(), screen.columns()) : screen.columns();
            frame.defaultColours(left, top + row, used, 1, colours);
            frame.defaultColours(left + used, top + row, screen.columns() - used, 1, erased);
        }
    }

    /** The cells of the borders between panes; with pane-border-status, also of the line across the window. */
    private static List<BorderCell> borderCells(Window window, PaneStatus status) {
        return status == PaneStatus.OFF ? window.layout().borderCells()
                : window.layout().borderCellsWithLine(status == PaneStatus.TOP ? 0 : window.layout().rows() - 1,
                        window.zoomedPane() != null);
    }

    /** The borders; with pane-border-status, also each pane's status on the line across the window. */
    private static void drawBorders(Frame frame, Window window, List<BorderCell> cells, Geometry active, int top, long border,
                                    StatusExpander expander) {
        PaneStatus status = PaneStatus.of(window.options());
        long activeBorder = ACTIVE_BORDER.of(expanded(window.options().string("pane-active-border-style"), expander));
        String lines = window.options().string("pane-border-lines");
        String indicators = window.options().string("pane-border-indicators");
        boolean split = status == PaneStatus.OFF && (indicators.equals("colour") || indicators.equals("both"));
        Pane marked = window.markedPane();
        Geometry markedGeometry = marked == null ? null : window.geometry(marked);
        for (int i = 0; i < cells.size(); i++) {
            BorderCell cell = cells.get(i);
            long style = ActiveBorder.owns(window, active, cell.x(), cell.y(), split, status) ? activeBorder : border;
            // As tmux, the marked pane's border is drawn in its style with reverse turned over.
            if (markedGeometry != null && ActiveBorder.owns(window, markedGeometry, cell.x(), cell.y(), split, status)) {
                style = Style.with(style, Style.REVERSE, !Style.has(style, Style.REVERSE));
            }
            frame.put(cell.x(), top + cell.y(), BorderGlyphs.of(cell, lines), style);
        }
        if (status != PaneStatus.OFF) PaneStatusLines.draw(frame, window, top, status, border, activeBorder, expander);
    }

    /** A style option's text, its formats expanded (tmux's default pane-active-border-style has one). */
    private static String expanded(String style, StatusExpander expander) {
        return style.indexOf('#') >= 0 ? expander.expand(style) : style;
    }
}
