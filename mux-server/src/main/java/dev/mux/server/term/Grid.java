package dev.mux.server.term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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
    /**
     * How many of the newest history lines scrolled there, as tmux counts them: a clear into
     * history or of history sets it to 0, and a taller screen pulls back only these.
     */
    private int scrolled;

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
                scrolled = Math.min(scrolled + 1, history.size());
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
        scrolled = 0;
    }

    /** Forgets the history. */
    void clearHistory() {
        history.clear();
        scrolled = 0;
    }

    /**
     * Changes the size the way tmux 3.3a does, keeping the cursor on its character: first the
     * height (shrinking drops rows below the cursor, then pushes top rows into history, or drops
     * them where there is none; growing pulls rows back from history, then adds blank rows), then,
     * if the width changed and {@code reflow}, every line of history and screen is rewrapped
     * ({@link Reflow}); without reflowing, rows are cut or padded.
     *
     * @param cursorColumn the cursor's column, {@code columns()} for a wrap pending in the last one
     * @return the cursor's new column (the new width for a pending wrap) and row, packed by {@link #position}
     */
    long resize(int newColumns, int newRows, int cursorColumn, int cursorRow, boolean reflow) {
        int row = resizeHeight(newRows, cursorRow);
        if (newColumns == columns) {
            return position(cursorColumn, row);
        }
        if (!reflow || row < 0) {
            for (ScreenLine line : lines) {
                line.resize(newColumns);
            }
            columns = newColumns;
            // tmux leaves its cursor where it was, maybe past the new edge: the next character
            // then goes to the next line, as it does after a wrap left pending at the edge.
            return position(Math.min(cursorColumn, newColumns), Math.max(0, row));
        }
        columns = newColumns;
        return rewrap(cursorColumn, row);
    }

    /** Packs a cursor position as {@link #resize} returns it. */
    /** Drops the rows below {@code cursorRow}, the newest history lines coming back on top; returns how many. */
    int trimBelow(int cursorRow) {
        int pulled = Math.min(lines.length - 1 - cursorRow, history.size());
        if (pulled <= 0) return 0;
        ScreenLine[] shifted = new ScreenLine[lines.length];
        System.arraycopy(lines, 0, shifted, pulled, lines.length - pulled);
        for (int index = pulled - 1; index >= 0; index--) shifted[index] = pulledBack(history.popNewest());
        lines = shifted;
        scrolled = Math.min(scrolled, history.size());
        return pulled;
    }

    static long position(int column, int row) {
        return (long) column << 32 | row & 0xFFFFFFFFL;
    }

    private int resizeHeight(int newRows, int cursorRow) {
        int row = cursorRow;
        int rows = lines.length;
        if (newRows < rows) {
            int needed = rows - newRows;
            int dropBelow = Math.min(needed, Math.max(0, rows - 1 - row));
            needed -= dropBelow;
            if (dropBelow > 0) {
                lines[rows - dropBelow - 1].setWrapped(false); // it no longer runs on into a row
            }
            int fromTop = needed;
            if (history.enabled()) {
                for (int index = 0; index < needed; index++) {
                    history.append(HistoryLine.of(lines[index]));
                }
                scrolled += needed;
            } else {
                fromTop = Math.min(needed, row);
            }
            ScreenLine[] kept = new ScreenLine[newRows];
            System.arraycopy(lines, fromTop, kept, 0, Math.min(newRows, rows - fromTop));
            for (int index = rows - fromTop; index < newRows; index++) {
                kept[index] = new ScreenLine(columns);
            }
            lines = kept;
            row -= fromTop;
        } else if (newRows > rows) {
            int pulled = Math.min(newRows - rows, Math.min(scrolled, history.size()));
            scrolled -= pulled;
            ScreenLine[] grown = new ScreenLine[newRows];
            for (int index = pulled - 1; index >= 0; index--) {
                grown[index] = pulledBack(history.popNewest());
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

    /**
     * Rewraps history and screen to {@link #columns}. The oldest history lines that neither wrapped
     * nor are too wide stay as they are (a reflow moves them across unchanged); the rest are taken
     * out of history, rewrapped with the screen's rows, and what no longer fits on the screen goes
     * back into history.
     */
    private long rewrap(int cursorColumn, int cursorRow) {
        int kept = 0;
        while (kept < history.size() && isSettled(history.get(kept))) {
            kept++;
        }
        List<Line> region = new ArrayList<>();
        while (history.size() > kept) {
            region.add(history.popNewest());
        }
        Collections.reverse(region);
        int regionCursorRow = region.size() + cursorRow;
        region.addAll(Arrays.asList(lines));
        Reflow.Result result = Reflow.of(region, columns, cursorColumn, regionCursorRow, kept, scrolled);
        int rows = lines.length;
        int total = kept + result.size();
        int historySize = Math.max(0, total - rows);
        int cursor = kept + result.cursorRow() - historySize;
        ScreenLine[] shown = new ScreenLine[rows];
        int fill = rows - 1;
        for (int index = result.size() - 1; index >= 0 && fill >= 0 && kept + index >= historySize; index--) {
            shown[fill--] = onScreen(result.line(index, columns));
        }
        while (fill >= 0 && history.size() > historySize) {
            shown[fill--] = pulledBack(history.popNewest());
        }
        int blanks = fill + 1;
        if (blanks > 0) {
            System.arraycopy(shown, blanks, shown, 0, rows - blanks);
            for (int index = rows - blanks; index < rows; index++) {
                shown[index] = new ScreenLine(columns);
            }
        }
        for (int index = 0; kept + index < historySize; index++) {
            history.append(inHistory(result.line(index, columns)));
        }
        lines = shown;
        scrolled = Math.min(result.scrolled(), historySize);
        if (cursor < 0) {
            return position(0, 0);
        }
        return position(result.cursorColumn(), cursor);
    }

    /** A history line a reflow would move across unchanged: it did not wrap and fits the width. */
    private boolean isSettled(HistoryLine line) {
        return !line.wrapped() && line.used() <= columns;
    }

    private ScreenLine onScreen(Line line) {
        ScreenLine row = line instanceof ScreenLine screenLine ? screenLine : EditableLines.of(line);
        row.resize(columns);
        return row;
    }

    private ScreenLine pulledBack(HistoryLine line) {
        ScreenLine row = EditableLines.of(line);
        row.resize(columns);
        return row;
    }

    private static HistoryLine inHistory(Line line) {
        return line instanceof HistoryLine historyLine ? historyLine : HistoryLine.of((ScreenLine) line);
    }
}
