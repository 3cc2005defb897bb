package dev.mux.server.term;

/**
 * The visible lines of one screen (main or alternate) and the history they scroll into. Rows are
 * 0-based from the top; regions are inclusive row ranges. As in tmux, a line enters history when it
 * scrolls off the top of the scroll region, whatever the region (lines above it stay on screen),
 * but not when it is deleted; a grid made with a history limit of 0 (the alternate screen) never
 * keeps any. Moving lines within the screen ends the wrapping into the rows they leave and arrive
 * at, as tmux's grid does, which matters to {@code capture-pane -J}.
 *
 * <p>Visible rows are full-width, editable {@link ScreenLine}s; a row entering history is copied
 * into a compact {@link HistoryLine} and the row itself is blanked and reused at the bottom, so
 * scrolling allocates only the compact copy.
 */
final class Grid {
    private final History history;
    private ScreenLine[] lines;
    private int columns;

    Grid(int columns, int rows, int historyLimit) {
        this.columns = columns;
        this.history = new History(historyLimit);
        this.lines = new ScreenLine[rows];
        for (int row = 0; row < rows; row++) {
            lines[row] = new ScreenLine(columns);
        }
    }

    int columns() {
        return columns;
    }

    int rows() {
        return lines.length;
    }

    ScreenLine line(int row) {
        return lines[row];
    }

    History history() {
        return history;
    }

    /**
     * Moves rows {@code top..bottom} up by {@code count}, blank lines entering at the bottom; the
     * lines leaving at the top go to history if {@code intoHistory}, else they are dropped.
     */
    void scrollUp(int top, int bottom, int count, long fill, boolean intoHistory) {
        int shift = Math.min(count, bottom - top + 1);
        boolean keep = intoHistory && history.enabled();
        for (int step = 0; step < shift; step++) {
            ScreenLine leaving = lines[top];
            System.arraycopy(lines, top + 1, lines, top, bottom - top);
            if (keep) {
                history.push(HistoryLine.of(leaving));
            } else {
                unwrapAbove(top);
            }
            leaving.reset(fill);
            lines[bottom] = leaving;
            if (!keep && bottom == top + 1) {
                lines[top].setWrapped(false);
            }
        }
    }

    /** Moves rows {@code top..bottom} down by {@code count}, blank lines entering at the top. */
    void scrollDown(int top, int bottom, int count, long fill) {
        int shift = Math.min(count, bottom - top + 1);
        for (int step = 0; step < shift; step++) {
            ScreenLine leaving = lines[bottom];
            lines[top].setWrapped(false);
            System.arraycopy(lines, top, lines, top + 1, bottom - top);
            leaving.reset(fill);
            lines[top] = leaving;
            unwrapAbove(top);
        }
    }

    /** Ends the wrapping of the line above {@code row}: the last history line for row 0. */
    private void unwrapAbove(int row) {
        if (row > 0) {
            lines[row - 1].setWrapped(false);
        } else {
            history.unwrapNewest();
        }
    }

    /** Blanks rows {@code [from, to)}. */
    void eraseRows(int from, int to, long fill) {
        for (int row = Math.max(0, from); row < Math.min(lines.length, to); row++) {
            eraseCells(row, 0, columns, fill);
        }
    }

    /**
     * Blanks columns {@code [from, to)} of a row. Blanking a whole row also ends the wrapping into
     * it and out of it, as in tmux (a backspace at column 0 then stays on the row).
     */
    void eraseCells(int row, int from, int to, long fill) {
        ScreenLine line = lines[row];
        if (from <= 0 && to >= columns) {
            line.reset(fill);
            unwrapAbove(row);
        } else {
            line.erase(from, to, fill);
        }
    }

    /**
     * Clears the whole screen the way tmux does: rows down to the last one in use (any cell ever
     * written) scroll into history first, so that a cleared screen can still be scrolled back to.
     */
    void clearIntoHistory(long fill) {
        int used = lines.length;
        while (used > 0 && lines[used - 1].used() == 0) {
            used--;
        }
        if (!history.enabled() || used == 0) {
            eraseRows(0, lines.length, fill);
            return;
        }
        scrollUp(0, lines.length - 1, used, fill, true);
        eraseRows(0, lines.length - used, fill);
    }

    /**
     * Changes the size without reflowing, keeping the cursor's line on screen the way tmux does:
     * shrinking first drops blank rows below the cursor, then pushes top rows into history;
     * growing first pulls rows back from history, then adds blank rows at the bottom.
     *
     * @return the cursor's new row
     */
    int resize(int newColumns, int newRows, int cursorRow) {
        if (newColumns != columns) {
            for (ScreenLine line : lines) {
                line.resize(newColumns);
            }
            columns = newColumns;
        }
        int row = cursorRow;
        int rows = lines.length;
        if (newRows < rows) {
            int excess = rows - newRows;
            int blankBelow = 0;
            while (blankBelow < excess && rows - 1 - blankBelow > row && isBlank(lines[rows - 1 - blankBelow])) {
                blankBelow++;
            }
            int pushed = excess - blankBelow;
            for (int index = 0; index < pushed; index++) {
                history.push(HistoryLine.of(lines[index]));
            }
            ScreenLine[] kept = new ScreenLine[newRows];
            System.arraycopy(lines, pushed, kept, 0, newRows);
            lines = kept;
            row -= pushed;
        } else if (newRows > rows) {
            int pulled = Math.min(newRows - rows, history.size());
            ScreenLine[] grown = new ScreenLine[newRows];
            for (int index = pulled - 1; index >= 0; index--) {
                ScreenLine line = ScreenLine.of(history.popNewest());
                line.resize(columns);
                grown[index] = line;
            }
            System.arraycopy(lines, 0, grown, pulled, rows);
            for (int index = pulled + rows; index < newRows; index++) {
                grown[index] = new ScreenLine(columns);
            }
            lines = grown;
            row += pulled;
        }
        return row;
    }

    private static boolean isBlank(Line line) {
        for (int column = 0; column < line.columns(); column++) {
            if (line.codePoint(column) != ' ' || line.style(column) != Style.DEFAULT) {
                return false;
            }
        }
        return true;
    }
}
