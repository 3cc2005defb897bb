package dev.mux.server.term;

import java.util.Arrays;
import java.util.Map;

/**
 * Screen rows made from other lines: a history line pulled back onto the screen (resize, trim)
 * becomes a full-width {@link ScreenLine} that can be edited again, and reflow builds rows from
 * the cells it rewrapped ({@link ReflowRow}).
 */
final class EditableLines {
    private EditableLines() {
    }

    /** A full-width, editable copy of any line. */
    static ScreenLine of(Line line) {
        int columns = line.columns();
        int[] codePoints = new int[columns];
        long[] styles = new long[columns];
        CellSides sides = null;
        for (int column = 0; column < columns; column++) {
            codePoints[column] = line.codePoint(column);
            styles[column] = line.style(column);
            CellExtra extra = line.extra(column);
            String marks = line.marks(column);
            if (extra != null || marks != null) {
                if (sides == null) sides = new CellSides();
                if (extra != null) sides.putExtra(column, 1, extra, columns);
                if (marks != null) sides.putMarks(column, marks);
            }
        }
        return new ScreenLine(codePoints, styles, sides, line.used(), columns, line.wrapped(), line.promptMarks());
    }

    /** A line {@code columns} wide holding the first {@code used} of the given cells. */
    static ScreenLine built(int columns, int[] codePoints, long[] styles, Map<Integer, String> marks,
                            CellExtra[] extras, int used, boolean wrapped, int promptMarks) {
        int count = Math.min(used, columns);
        int[] cells = new int[columns];
        long[] cellStyles = new long[columns];
        Arrays.fill(cells, Line.BLANK);
        System.arraycopy(codePoints, 0, cells, 0, count);
        System.arraycopy(styles, 0, cellStyles, 0, count);
        CellSides sides = marks != null || extras != null ? CellSides.of(marks, extras, count, columns) : null;
        return new ScreenLine(cells, cellStyles, sides, count, count, wrapped, promptMarks);
    }
}
