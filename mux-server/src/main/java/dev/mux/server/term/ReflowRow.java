package dev.mux.server.term;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A line being built by {@link Reflow}: cells appended one after another from other lines, with
 * tmux's "cells in use" ({@link #used()}) and wrapped flag. Only the cells in use of the lines it
 * takes from are copied, as tmux copies them; it becomes a {@link ScreenLine} when done.
 */
final class ReflowRow {
    private int[] codePoints;
    private long[] styles;
    private Map<Integer, String> marks;
    /** Null until a cell with a {@link CellExtra} is appended. */
    private CellExtra[] extras;
    private int used;
    private boolean wrapped;
    /** The marks of the line it began as, as tmux keeps a line's flags on its first row. */
    private int promptMarks;

    ReflowRow(int capacity) {
        codePoints = new int[Math.max(1, capacity)];
        styles = new long[codePoints.length];
    }

    /** A row holding the first {@code count} cells of {@code line}, and its wrapped flag. */
    static ReflowRow of(Line line, int count, int capacity) {
        ReflowRow row = new ReflowRow(Math.max(capacity, count));
        for (int column = 0; column < count; column++) {
            row.append(line, column);
        }
        row.wrapped = line.wrapped();
        row.promptMarks = line.promptMarks();
        return row;
    }

    int used() {
        return used;
    }

    boolean wrapped() {
        return wrapped;
    }

    void setWrapped(boolean wrapped) {
        this.wrapped = wrapped;
    }

    /** Appends cell {@code column} of {@code line} after the cells in use. */
    void append(Line line, int column) {
        if (used == codePoints.length) {
            codePoints = Arrays.copyOf(codePoints, used * 2);
            styles = Arrays.copyOf(styles, used * 2);
            extras = extras == null ? null : Arrays.copyOf(extras, used * 2);
        }
        codePoints[used] = line.codePoint(column);
        styles[used] = line.style(column);
        CellExtra extra = line.extra(column);
        if (extra != null) {
            if (extras == null) {
                extras = new CellExtra[codePoints.length];
            }
            extras[used] = extra;
        }
        String cellMarks = line.marks(column);
        if (cellMarks != null) {
            if (marks == null) {
                marks = new HashMap<>();
            }
            marks.put(used, cellMarks);
        }
        used++;
    }

    /** The row as a screen line {@code columns} wide; cells past the width are cut. */
    ScreenLine toScreenLine(int columns) {
        return EditableLines.built(columns, codePoints, styles, marks, extras, Math.min(used, columns), wrapped, promptMarks);
    }
}
