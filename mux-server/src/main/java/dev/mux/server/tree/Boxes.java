package dev.mux.server.tree;

import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.term.Style;

/** Lines and boxes drawn with the box-drawing characters tmux uses for its own frames. */
public final class Boxes {
    static final String HORIZONTAL = "\u2500";
    static final String VERTICAL = "\u2502";

    private Boxes() {}

    /** A box {@code width} x {@code height} with its top left corner at ({@code column}, {@code row}). */
    public static void box(ModeCanvas canvas, int column, int row, int width, int height) {
        if (width < 2 || height < 2) return;
        String inner = HORIZONTAL.repeat(width - 2);
        canvas.putString(column, row, "\u250c" + inner + "\u2510", Style.DEFAULT);
        canvas.putString(column, row + height - 1, "\u2514" + inner + "\u2518", Style.DEFAULT);
        for (int y = row + 1; y < row + height - 1; y++) {
            canvas.putString(column, y, VERTICAL, Style.DEFAULT);
            canvas.putString(column + width - 1, y, VERTICAL, Style.DEFAULT);
        }
    }

    /** A vertical line {@code height} long down from ({@code column}, {@code row}). */
    public static void verticalLine(ModeCanvas canvas, int column, int row, int height) {
        for (int y = row; y < row + height; y++) canvas.putString(column, y, VERTICAL, Style.DEFAULT);
    }
}
