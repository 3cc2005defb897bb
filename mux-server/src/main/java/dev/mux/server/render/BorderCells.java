package dev.mux.server.render;

import dev.mux.server.layout.Border;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    private final Set<Long> cells = new HashSet<>();
    private final List<Border> borders;

    BorderCells(List<Border> borders) {
        this.borders = borders;
        for (Border border : borders) {
            for (int i = 0; i < border.length(); i++) {
                cells.add(key(border.vertical() ? border.x() : border.x() + i, border.vertical() ? border.y() + i : border.y()));
            }
        }
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

    private boolean has(int x, int y) {
        return cells.contains(key(x, y));
    }

    private static long key(int x, int y) {
        return ((long) x << 32) | (y & 0xffffffffL);
    }
}
