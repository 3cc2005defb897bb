package dev.mux.server.render;

import dev.mux.server.layout.BorderCell;

/**
 * The line-drawing character of a border cell: a straight line, or where lines meet a tee or a
 * cross, chosen by which neighbouring cells are borders too, in the set of lines that
 * pane-border-lines names (single, double, heavy, simple; number draws single lines).
 */
final class BorderGlyphs {
    /** Indexed by the {@link BorderCell#neighbours()} mask (UP 1, DOWN 2, LEFT 4, RIGHT 8). */
    private static final String SINGLE = "─│││─┘┐┤─└┌├─┴┬┼";
    private static final String DOUBLE = "═║║║═╝╗╣═╚╔╠═╩╦╬";
    private static final String HEAVY = "━┃┃┃━┛┓┫━┗┏┣━┻┳╋";
    private static final String SIMPLE = "-|||-+++-+++-+++";

    private BorderGlyphs() {}

    static int of(BorderCell cell) {
        return SINGLE.charAt(cell.neighbours());
    }

    /** The glyph of {@code cell} in the lines an option value names. */
    static int of(BorderCell cell, String lines) {
        String glyphs = switch (lines) {
            case "double" -> DOUBLE;
            case "heavy" -> HEAVY;
            case "simple" -> SIMPLE;
            default -> SINGLE;
        };
        return glyphs.charAt(cell.neighbours());
    }
}
