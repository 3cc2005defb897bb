package dev.mux.server.cmd;

import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.term.Line;

/**
 * A mode drawn as text only, for the formats that read what a pane in copy or view mode shows
 * ({@code mouse_word}, {@code mouse_line}): each cell keeps its character, styles and the cursor
 * are dropped.
 */
final class TextCanvas implements ModeCanvas {
    private final String[][] cells;
    private final int columns;

    TextCanvas(int columns, int rows) {
        this.columns = columns;
        cells = new String[rows][columns];
        for (String[] row : cells) java.util.Arrays.fill(row, " ");
    }

    /** Row {@code row} as drawn; rows are never wrapped, as on tmux's mode screen. */
    MouseFormats.Row row(int row) {
        return new MouseFormats.Row(cells[row].clone(), false);
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public int rows() {
        return cells.length;
    }

    @Override
    public void drawLine(int row, Line line) {
        if (row < 0 || row >= cells.length) return;
        for (int column = 0; column < Math.min(columns, line.columns()); column++) cells[row][column] = line.text(column);
    }

    @Override
    public int putString(int column, int row, String text, long style) {
        int at = column;
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            offset += Character.charCount(codePoint);
            if (row >= 0 && row < cells.length && at >= 0 && at < columns) cells[row][at] = Character.toString(codePoint);
            at++;
        }
        return at;
    }

    @Override
    public void fill(int column, int row, int width, int height, long style) {
        for (int y = Math.max(0, row); y < Math.min(cells.length, row + height); y++) {
            for (int x = Math.max(0, column); x < Math.min(columns, column + width); x++) cells[y][x] = " ";
        }
    }

    @Override
    public void restyle(int column, int row, long style) {
    }

    @Override
    public void showCursor(int column, int row) {
    }

    @Override
    public void prompt(String text) {
    }
}
