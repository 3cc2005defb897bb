package dev.mux.server.render;

import dev.mux.server.layout.Border;
import java.util.List;

/**
 * The cells of a window's borders, and the line-drawing character each takes: a straight line,
 * or where lines meet a tee or a cross, chosen by which neighbouring cells are borders too.
 */
final class BorderCells {
    /** Receives each border cell. */
    interface CellVisitor {
        void visit(int x, int y);
    }

    private static final int UP = 1;
    private static final int DOWN = 2;
    private static final int LEFT = 4;
    private static final int RIGHT = 8;
    /** Indexed by the UP|DOWN|LEFT|RIGHT mask of bordering neighbours. */
    private static final char[] GLYPHS = {
        '─', '│', '│', '│', '─', '┘', '┐', '┤', '─', '└', '┌', '├', '─', '┴', '┬', '┼'};

    /** An array, not the list: {@link #has} looks at every border for every neighbour of every cell. */
    private final Border[] borders;

    BorderCells(List<Border> borders) {
        this.borders = borders.toArray(new Border[0]);
    }

    void forEach(CellVisitor visitor) {
        for (Border border : borders) {
            for (int i = 0; i < border.length(); i++) {
                visitor.visit(border.vertical() ? border.x() : border.x() + i, border.vertical() ? border.y() + i : border.y());
            }
        }
    }

    int glyph(int x, int y) {
        int mask = (has(x, y - 1) ? UP : 0) | (has(x, y + 1) ? DOWN : 0) | (has(x - 1, y) ? LEFT : 0) | (has(x + 1, y) ? RIGHT : 0);
        return GLYPHS[mask];
    }

    /**
     * Asks each border, not a set of cells: a window has a few borders, and a set built for each
     * frame cost more, boxing every cell, than the whole rest of painting a split window.
     */
    private boolean has(int x, int y) {
        for (Border border : borders) {
            boolean along = border.vertical()
                ? x == border.x() && y >= border.y() && y < border.y() + border.length()
                : y == border.y() && x >= border.x() && x < border.x() + border.length();
            if (along) return true;
        }
        return false;
    }
}
