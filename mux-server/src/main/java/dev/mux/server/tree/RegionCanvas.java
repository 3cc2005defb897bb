package dev.mux.server.tree;

import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.term.Line;

/**
 * A rectangle of another canvas as a canvas of its own (a tree's preview box, one window of a
 * session's preview): coordinates from its corner, clipped to it. The cursor and prompt stay with
 * the canvas underneath.
 */
public final class RegionCanvas implements ModeCanvas {
    private final ModeCanvas under;
    private final int left;
    private final int top;
    private final int columns;
    private final int rows;

    public RegionCanvas(ModeCanvas under, int left, int top, int columns, int rows) {
        this.under = under;
        this.left = left;
        this.top = top;
        this.columns = Math.max(0, columns);
        this.rows = Math.max(0, rows);
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public void drawLine(int row, Line line) {
        drawCells(row, line, 0);
    }

    /** The cells of {@code line} from column {@code from} on, at the left edge of {@code row}. */
    public void drawCells(int row, Line line, int from) {
        if (row < 0 || row >= rows) return;
        int last = Math.min(line.columns(), from + columns);
        for (int column = Math.max(0, from); column < last; column++) {
            String text = line.text(column);
            if (text.isEmpty()) continue;
            if (column - from + line.width(column) > columns) break;
            under.putString(left + column - from, top + row, text, line.style(column));
        }
    }

    @Override
    public int putString(int column, int row, String text, long style) {
        if (row < 0 || row >= rows || column >= columns) return column;
        StringBuilder kept = new StringBuilder();
        int end = column;
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            int width = Math.max(1, dev.mux.server.term.WcWidth.of(codePoint));
            if (end + width > columns) break;
            if (end >= 0) kept.appendCodePoint(codePoint);
            end += width;
            offset += Character.charCount(codePoint);
        }
        int start = Math.max(0, column);
        under.putString(left + start, top + row, kept.toString(), style);
        return end;
    }

    @Override
    public void fill(int column, int row, int width, int height, long style) {
        int fromColumn = Math.max(0, column);
        int fromRow = Math.max(0, row);
        int toColumn = Math.min(columns, column + width);
        int toRow = Math.min(rows, row + height);
        if (fromColumn >= toColumn || fromRow >= toRow) return;
        under.fill(left + fromColumn, top + fromRow, toColumn - fromColumn, toRow - fromRow, style);
    }

    @Override
    public void restyle(int column, int row, long style) {
        if (column >= 0 && column < columns && row >= 0 && row < rows) under.restyle(left + column, top + row, style);
    }

    @Override
    public void showCursor(int column, int row) {
    }

    @Override
    public void prompt(String text) {
    }
}
