package dev.mux.server.term;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What a {@link ScreenLine} keeps beside its code points and styles for the few cells that have
 * it: combining marks, in a map by column, and {@link CellExtra extras}, in an array made on first
 * use. The line's edits move and clear them with their cells.
 */
final class CellSides {
    private final Map<Integer, String> marks = new HashMap<>();
    private CellExtra[] extras;

    /** Sides of a line {@code columns} wide holding cells' marks and extras, cut at {@code count}. */
    static CellSides of(Map<Integer, String> marks, CellExtra[] extras, int count, int columns) {
        CellSides sides = new CellSides();
        if (marks != null) {
            marks.forEach((column, text) -> {
                if (column < count) sides.marks.put(column, text);
            });
        }
        if (extras != null) {
            sides.extras = Arrays.copyOf(extras, columns);
            Arrays.fill(sides.extras, Math.min(count, columns), columns, null);
        }
        return sides;
    }

    String marks(int column) {
        return marks.isEmpty() ? null : marks.get(column);
    }

    CellExtra extra(int column) {
        return extras == null ? null : extras[column];
    }

    /** Whether any cell has combining marks. */
    boolean hasMarks() {
        return !marks.isEmpty();
    }

    /** Whether some cell may carry an extra. */
    boolean hasExtras() {
        return extras != null;
    }

    void putMarks(int column, String text) {
        marks.put(column, text);
    }

    /** One more mark on a cell, up to {@link Line#MAX_COMBINING}. */
    void addMark(int column, int codePoint) {
        String text = marks.getOrDefault(column, "");
        if (text.codePointCount(0, text.length()) < Line.MAX_COMBINING) {
            marks.put(column, text + Character.toString(codePoint));
        }
    }

    void putExtra(int column, int count, CellExtra extra, int columns) {
        if (extras == null) {
            extras = new CellExtra[columns];
        }
        Arrays.fill(extras, column, Math.min(column + count, extras.length), extra);
    }

    /** Cells {@code [from, to)} written or erased: no marks, no extras. */
    void clear(int from, int to) {
        if (!marks.isEmpty()) {
            for (int column = from; column < to; column++) {
                marks.remove(column);
            }
        }
        if (extras != null) {
            Arrays.fill(extras, from, to, null);
        }
    }

    /**
     * Cells from {@code from} on move {@code shift} columns (right to insert, left to delete) in a
     * line {@code columns} wide: what moves past an end is gone, and the cells left behind are clear.
     */
    void shift(int from, int shift, int columns) {
        if (!marks.isEmpty()) {
            Map<Integer, String> moved = new HashMap<>();
            marks.forEach((column, text) -> {
                int target = column < from ? column : column + shift;
                boolean deleted = shift < 0 && column >= from && column < from - shift;
                if (!deleted && target >= 0 && target < columns) {
                    moved.put(target, text);
                }
            });
            marks.clear();
            marks.putAll(moved);
        }
        if (extras != null && shift > 0) {
            System.arraycopy(extras, from, extras, from + shift, columns - from - shift);
            Arrays.fill(extras, from, from + shift, null);
        } else if (extras != null) {
            System.arraycopy(extras, from - shift, extras, from, columns - from + shift);
            Arrays.fill(extras, columns + shift, columns, null);
        }
    }

    /** The line is now {@code columns} wide: what is past it goes. */
    void resize(int columns) {
        marks.keySet().removeIf(column -> column >= columns);
        extras = extras == null ? null : Arrays.copyOf(extras, columns);
    }

    CellSides copy() {
        CellSides copy = new CellSides();
        copy.marks.putAll(marks);
        copy.extras = extras == null ? null : extras.clone();
        return copy;
    }
}
