package dev.mux.server.render;

import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.term.Line;
import dev.mux.server.term.WcWidth;

/**
 * A pane's area of a {@link Frame} as a mode's canvas: mode coordinates are the pane's, clipped
 * to it. What the mode says of the cursor and a prompt is kept, to be applied once the status line
 * is drawn ({@link #placeCursor}), and only for the active pane.
 */
final class ModeCanvasOnFrame implements ModeCanvas {
    private final Frame frame;
    private final int left;
    private final int top;
    private final int columns;
    private final int rows;
    private int cursorColumn = -1;
    private int cursorRow = -1;
    private String prompt;

    ModeCanvasOnFrame(Frame frame, int left, int top, int columns, int rows) {
        this.frame = frame;
        this.left = left;
        this.top = top;
        this.columns = columns;
        this.rows = rows;
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
        if (inside(0, row)) frame.drawLine(line, left, top + row, columns);
    }

    @Override
    public int putString(int column, int row, String text, long style) {
        int next = column;
        for (int offset = 0; offset < text.length() && next < columns; ) {
            int codePoint = text.codePointAt(offset);
            if (next + Math.max(1, WcWidth.of(codePoint)) > columns) break;
            next = inside(next, row) ? frame.put(left + next, top + row, codePoint, style) - left : next + 1;
            offset += Character.charCount(codePoint);
        }
        return next;
    }

    @Override
    public void fill(int column, int row, int width, int height, long style) {
        int fromColumn = Math.max(0, column);
        int fromRow = Math.max(0, row);
        int toColumn = Math.min(columns, column + width);
        int toRow = Math.min(rows, row + height);
        if (fromColumn >= toColumn || fromRow >= toRow) return;
        frame.fill(left + fromColumn, top + fromRow, toColumn - fromColumn, toRow - fromRow, ' ', style);
    }

    @Override
    public void restyle(int column, int row, long style) {
        if (inside(column, row)) frame.restyle(left + column, top + row, style);
    }

    @Override
    public void showCursor(int column, int row) {
        cursorColumn = Math.max(0, Math.min(column, columns - 1));
        cursorRow = Math.max(0, Math.min(row, rows - 1));
    }

    @Override
    public void prompt(String text) {
        prompt = text;
    }

    /**
     * The active pane's cursor as the mode left it (hidden unless it showed one), and its prompt,
     * if any, over {@code promptRow} in message-style with the cursor after the text.
     */
    void placeCursor(int promptRow, long messageStyle) {
        if (cursorColumn >= 0) {
            frame.setCursor(left + cursorColumn, top + cursorRow, true);
        } else {
            frame.setCursor(left, top, false);
        }
        if (prompt == null) return;
        frame.fill(0, promptRow, frame.columns(), 1, ' ', messageStyle);
        int end = frame.putString(0, promptRow, prompt, messageStyle);
        frame.setCursor(end, promptRow, true);
    }

    private boolean inside(int column, int row) {
        return column >= 0 && column < columns && row >= 0 && row < rows;
    }
}
