package dev.mux.server.render;

import dev.mux.server.layout.BorderCell;
import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.mode.PaneMode;
import dev.mux.server.term.Screen;
import dev.mux.server.term.Style;
import dev.mux.server.term.WcWidth;
import java.util.List;

/**
 * Composes what a client sees of a window: each pane's screen (or the mode on top of it, see
 * {@link PaneMode}) at its place in the layout, below the status line when it is at the top, the
 * borders between panes (in pane-border-style, and pane-active-border-style around the active
 * pane, with pane-border-lines' characters), the status line, and the active pane's cursor.
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
        ModeCanvasOnFrame activeMode = null;
        drawOutside(frame, window, top, rows - placement.rows(), expander);
        if (window.zoomedPane() != null) {
            if (PaneStatus.of(window.options()) != PaneStatus.OFF) drawBorders(frame, window, activeGeometry, top, expander);
            activeMode = drawPane(frame, active, activeGeometry.x(), top + activeGeometry.y(), expander);
        } else {
            drawBorders(frame, window, activeGeometry, top, expander);
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

    /** The borders; with pane-border-status, also the line across the window and each pane's status on it. */
    private static void drawBorders(Frame frame, Window window, Geometry active, int top, StatusExpander expander) {
        PaneStatus status = PaneStatus.of(window.options());
        List<BorderCell> cells = status == PaneStatus.OFF ? window.layout().borderCells()
                : window.layout().borderCellsWithLine(status == PaneStatus.TOP ? 0 : window.layout().rows() - 1,
                        window.zoomedPane() != null);
        long border = BORDER.of(expanded(window.options().string("pane-border-style"), expander));
        long activeBorder = ACTIVE_BORDER.of(expanded(window.options().string("pane-active-border-style"), expander));
        String lines = window.options().string("pane-border-lines");
        String indicators = window.options().string("pane-border-indicators");
        boolean split = status == PaneStatus.OFF && (indicators.equals("colour") || indicators.equals("both"));
        for (int i = 0; i < cells.size(); i++) {
            BorderCell cell = cells.get(i);
            frame.put(cell.x(), top + cell.y(), BorderGlyphs.of(cell, lines),
                    ActiveBorder.owns(window, active, cell.x(), cell.y(), split, status) ? activeBorder : border);
        }
        if (status != PaneStatus.OFF) PaneStatusLines.draw(frame, window, top, status, border, activeBorder, expander);
    }

    /**
     * Where the client is bigger than the window: tmux draws a border along the window's right and
     * bottom edges and the cells beyond as borders outside any pane, all in pane-border-style, the
     * latter with the window's fill-character (one character one cell wide, else a blank).
     */
    private static void drawOutside(Frame frame, Window window, int top, int panesRows, StatusExpander expander) {
        int columns = window.layout().columns();
        int rows = window.layout().rows();
        if (columns >= frame.columns() && rows >= panesRows) return;
        long style = BORDER.of(expanded(window.options().string("pane-border-style"), expander));
        String fill = window.options().string("fill-character");
        int codePoint = fill.codePointCount(0, fill.length()) == 1 && WcWidth.of(fill.codePointAt(0)) == 1
                ? fill.codePointAt(0) : ' ';
        frame.fill(columns, top, frame.columns() - columns, Math.min(rows, panesRows), codePoint, style);
        frame.fill(0, top + rows, frame.columns(), panesRows - rows, codePoint, style);
        // The window's own edge: a line down its right side and along its bottom, meeting in a corner.
        String lines = window.options().string("pane-border-lines");
        boolean right = columns < frame.columns();
        boolean below = rows < panesRows;
        for (int y = 0; right && y < Math.min(rows, panesRows); y++) {
            frame.put(columns, top + y, BorderGlyphs.of(new BorderCell(columns, y, BorderCell.UP | BorderCell.DOWN), lines), style);
        }
        for (int x = 0; below && x < columns; x++) {
            frame.put(x, top + rows, BorderGlyphs.of(new BorderCell(x, rows, BorderCell.LEFT | BorderCell.RIGHT), lines), style);
        }
        if (right && below) {
            frame.put(columns, top + rows, BorderGlyphs.of(new BorderCell(columns, rows, BorderCell.UP | BorderCell.LEFT), lines), style);
        }
    }

    /** A style option's text, its formats expanded (tmux's default pane-active-border-style has one). */
    private static String expanded(String style, StatusExpander expander) {
        return style.indexOf('#') >= 0 ? expander.expand(style) : style;
    }
}
