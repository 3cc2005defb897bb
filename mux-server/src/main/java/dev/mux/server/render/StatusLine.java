package dev.mux.server.render;

import dev.mux.server.style.CellRow;
import dev.mux.server.style.StyleRange;
import dev.mux.server.term.Line;
import java.util.List;

/**
 * What a client's status line shows: its rows as drawn (from status-format, or a message or a
 * prompt in place of the last one), the ranges of each row that a click maps to, and where the
 * terminal's cursor goes while a prompt is typed. Built by {@link StatusComposer}; the renderer
 * knows an unchanged line by identity, so a content is never changed once built.
 */
public final class StatusLine {
    private final List<CellRow> rows;
    private final List<List<StyleRange>> ranges;
    private final int cursor;

    /** {@code cursor}: the column the terminal cursor belongs in on the last row, or -1. */
    StatusLine(List<CellRow> rows, List<List<StyleRange>> ranges, int cursor) {
        this.rows = List.copyOf(rows);
        this.ranges = List.copyOf(ranges);
        this.cursor = cursor;
    }

    public List<CellRow> rows() {
        return rows;
    }

    /** The ranges of row {@code row}, in its columns (see {@link StyleRange}). */
    public List<StyleRange> ranges(int row) {
        return ranges.get(row);
    }

    /** The column of the cursor on the last row while a prompt is typed, else -1. */
    public int cursor() {
        return cursor;
    }

    /** The rows' text, continuation cells left out, one line each (for tests and logs). */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (CellRow row : rows) text.append(row.text()).append('\n');
        return text.toString();
    }

    /** Draws the rows from frame row {@code top} down. */
    void draw(Frame frame, int top) {
        for (int i = 0; i < rows.size(); i++) {
            CellRow row = rows.get(i);
            int columns = Math.min(row.columns(), frame.columns());
            for (int column = 0; column < columns; column++) {
                int codePoint = row.codePoint(column);
                if (codePoint != Line.WIDE_CONTINUATION) frame.put(column, top + i, codePoint, row.style(column));
            }
        }
    }
}
