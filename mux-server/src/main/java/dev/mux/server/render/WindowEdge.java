package dev.mux.server.render;

import dev.mux.server.layout.BorderCell;
import dev.mux.server.model.Window;
import dev.mux.server.term.WcWidth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a client shows beyond a window smaller than its terminal (window-size smallest or manual,
 * resize-window): as tmux 3.3a draws it, a border along the window's right and bottom edges, its
 * pieces joined to the panes' borders that meet it, and every cell further out filled with a
 * middle dot (a full stop with simple lines) or the window's fill-character, all in
 * pane-border-style, whichever pane is active.
 */
final class WindowEdge {
    private final int columns;
    private final int rows;
    private final Set<Long> inner = new HashSet<>();
    private final PaneStatus paneStatus;

    private WindowEdge(Window window, List<BorderCell> innerBorders, PaneStatus paneStatus) {
        this.columns = window.layout().columns();
        this.rows = window.layout().rows();
        this.paneStatus = paneStatus;
        for (BorderCell cell : innerBorders) inner.add(key(cell.x(), cell.y()));
    }

    /** Draws the edge and the fill into the {@code areaRows} rows from {@code top}, where the panes go. */
    static void draw(Frame frame, Window window, List<BorderCell> innerBorders, PaneStatus paneStatus, int top,
                     int areaRows, long style) {
        int windowColumns = window.layout().columns();
        int windowRows = window.layout().rows();
        if (frame.columns() <= windowColumns && areaRows <= windowRows) return;
        WindowEdge edge = new WindowEdge(window, innerBorders, paneStatus);
        String lines = window.options().string("pane-border-lines");
        int fill = fillCharacter(window.options().string("fill-character"), lines);
        for (int y = 0; y < areaRows; y++) {
            for (int x = y <= windowRows - 1 ? windowColumns : 0; x < frame.columns(); x++) {
                boolean onEdge = (x == windowColumns && y <= windowRows) || (y == windowRows && x <= windowColumns);
                frame.put(x, top + y, onEdge ? edge.glyph(x, y, lines) : fill, style);
            }
        }
    }

    /** The edge piece at (x, y), by which of its neighbours are borders, as tmux works it out. */
    private int glyph(int x, int y, String lines) {
        if (lines.equals("number")) return '*';
        int neighbours = 0;
        if (x == 0 || border(x - 1, y)) neighbours |= BorderCell.LEFT;
        if (border(x + 1, y)) neighbours |= BorderCell.RIGHT;
        boolean up = switch (paneStatus) {
            case TOP -> y != 0 && border(x, y - 1);
            default -> y == 0 || border(x, y - 1);
        };
        boolean down = paneStatus == PaneStatus.BOTTOM ? y != rows - 1 && border(x, y + 1) : border(x, y + 1);
        if (up) neighbours |= BorderCell.UP;
        if (down) neighbours |= BorderCell.DOWN;
        return BorderGlyphs.of(new BorderCell(x, y, neighbours), lines);
    }

    private boolean border(int x, int y) {
        if (x > columns || y > rows) return false;
        return x == columns || y == rows || inner.contains(key(x, y));
    }

    private static long key(int x, int y) {
        return ((long) x << 32) | (y & 0xffffffffL);
    }

    /** The first character of fill-character when it is one cell wide (tmux ignores a wide one), else the dot of the lines. */
    private static int fillCharacter(String option, String lines) {
        if (!option.isEmpty() && WcWidth.of(option.codePointAt(0)) == 1) return option.codePointAt(0);
        return lines.equals("simple") ? '.' : '\u00b7';
    }
}
