package dev.mux.server.mode;

import dev.mux.server.term.Line;

/**
 * The surface a {@link PaneMode} draws on: the pane's area, {@link #columns()} x {@link #rows()}
 * cells from (0, 0), blank when drawing starts. What falls outside is clipped. Styles are packed
 * {@code term.Style} values.
 */
public interface ModeCanvas {
    int columns();

    int rows();

    /** Cells of {@code line} on {@code row}, from the left edge. */
    void drawLine(int row, Line line);

    /** Text from {@code column} on; returns the column after it. */
    int putString(int column, int row, String text, long style);

    /** Blanks a rectangle in {@code style} (a background colour, say). */
    void fill(int column, int row, int width, int height, long style);

    /** Gives a cell another style, keeping its character (a selection). */
    void restyle(int column, int row, long style);

    /** Shows the cursor at a cell while the pane is active; without this call the cursor is hidden. */
    void showCursor(int column, int row);

    /**
     * A line typed by the user over the status line (a search prompt), the cursor after it, while
     * the pane is active; it takes the cursor from {@link #showCursor}.
     */
    void prompt(String text);
}
