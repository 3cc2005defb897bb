package dev.mux.server.style;

import dev.mux.server.term.Line;
import java.util.Arrays;

/**
 * One row of cells (code point and packed style; a wide character followed by a
 * {@link Line#WIDE_CONTINUATION} cell, as in a {@link Line}) with a cursor that writing moves on.
 * What a format is drawn into, and each part of it is drawn into before the parts are arranged.
 */
public final class CellRow {
    private final int[] codePoints;
    private final long[] styles;
    private int cursor;

    /** {@code columns} blanks in {@code style}. */
    public CellRow(int columns, long style) {
        codePoints = new int[Math.max(0, columns)];
        styles = new long[codePoints.length];
        Arrays.fill(codePoints, ' ');
        Arrays.fill(styles, style);
    }

    public int columns() {
        return codePoints.length;
    }

    public int codePoint(int column) {
        return codePoints[column];
    }

    public long style(int column) {
        return styles[column];
    }

    /** Where the next character goes: after the last one written. */
    public int cursor() {
        return cursor;
    }

    public void moveTo(int column) {
        cursor = column;
    }

    /** Writes a character of {@code width} cells at the cursor and moves past it; one that does not fit is left out. */
    public void write(int codePoint, int width, long style) {
        if (cursor + width > codePoints.length) return;
        codePoints[cursor] = codePoint;
        styles[cursor] = style;
        if (width == 2) {
            codePoints[cursor + 1] = Line.WIDE_CONTINUATION;
            styles[cursor + 1] = style;
        }
        cursor += width;
    }

    /**
     * Copies {@code count} cells of {@code source} from {@code from} to this row at {@code at},
     * without moving the cursor, as tmux's screen_write_fast_copy: only cells the source has
     * written, and not a wide character whose right half would be left behind.
     */
    public void copy(CellRow source, int from, int count, int at) {
        int end = Math.min(from + count, source.cursor);
        for (int column = from; column < end; column++) {
            int target = at + column - from;
            int codePoint = source.codePoints[column];
            boolean wide = column + 1 < source.cursor && source.codePoints[column + 1] == Line.WIDE_CONTINUATION
                    && codePoint != Line.WIDE_CONTINUATION;
            if (wide && column + 2 > from + count) break;
            if (target < 0 || target >= codePoints.length) continue;
            boolean orphan = codePoint == Line.WIDE_CONTINUATION && (column == from || target == 0);
            codePoints[target] = orphan ? ' ' : codePoint;
            styles[target] = source.styles[column];
        }
    }

    /** The text of the row, continuation cells left out (for tests and logs). */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (int codePoint : codePoints) {
            if (codePoint != Line.WIDE_CONTINUATION) text.appendCodePoint(codePoint);
        }
        return text.toString();
    }
}
