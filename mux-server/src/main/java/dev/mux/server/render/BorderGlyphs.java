package dev.mux.server.render;

import dev.mux.server.layout.BorderCell;

/**
 * The line-drawing character of a border cell: a straight line, or where lines meet a tee or a
 * cross, chosen by which neighbouring cells are borders too.
 */
final class BorderGlyphs {
    /** Indexed by the {@link BorderCell#neighbours()} mask (UP 1, DOWN 2, LEFT 4, RIGHT 8). */
    private static final char[] GLYPHS = {
        '─', '│', '│', '│', '─', '┘', '┐', '┤', '─', '└', '┌', '├', '─', '┴', '┬', '┼'};

    private BorderGlyphs() {}

    static int of(BorderCell cell) {
        return GLYPHS[cell.neighbours()];
    }
}
