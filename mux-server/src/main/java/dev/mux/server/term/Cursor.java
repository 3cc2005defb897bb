package dev.mux.server.term;

/**
 * A screen's cursor and what it moves within: the screen's size, the scroll region (its margins,
 * inclusive rows) and the tab stops. Every move stays on the screen and ends a pending wrap; the
 * motions stop at a margin the way tmux 3.3a's do. Coordinates are 0-based.
 */
final class Cursor {
    private final TabStops tabStops;
    private int columns;
    private int rows;
    private int column;
    private int row;
    /** The last column was just written: the next character goes to the start of the next line. */
    private boolean pendingWrap;
    private int top;
    private int bottom;

    Cursor(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        this.tabStops = new TabStops(columns);
        this.bottom = rows - 1;
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    int column() {
        return column;
    }

    int row() {
        return row;
    }

    boolean pendingWrap() {
        return pendingWrap;
    }

    int top() {
        return top;
    }

    int bottom() {
        return bottom;
    }

    TabStops tabStops() {
        return tabStops;
    }

    /**
     * A new size, the cursor at {@code newColumn} of {@code newRow}; the margins are reset. A column
     * past the last one leaves a wrap pending in the last, where tmux keeps its cursor then.
     */
    void resize(int newColumns, int newRows, int newColumn, int newRow) {
        columns = newColumns;
        rows = newRows;
        tabStops.resize(newColumns);
        row = Math.max(0, Math.min(newRow, rows - 1));
        column = Math.max(0, Math.min(newColumn, columns - 1));
        pendingWrap = newColumn >= columns;
        resetRegion();
    }

    void moveTo(int newColumn, int newRow) {
        column = Math.max(0, Math.min(newColumn, columns - 1));
        row = Math.max(0, Math.min(newRow, rows - 1));
        pendingWrap = false;
    }

    /** CUP and VPA: in origin mode rows count from the top margin and stay inside the region. */
    void position(int newColumn, int newRow, boolean originMode) {
        if (originMode) {
            moveTo(newColumn, Math.min(top + newRow, bottom));
        } else {
            moveTo(newColumn, newRow);
        }
    }

    /** CUU: up, stopping at the top margin unless already above it. */
    void up(int count) {
        moveTo(column, Math.max(row - count, row >= top ? top : 0));
    }

    /** CUD: down, stopping at the bottom margin unless already below it. */
    void down(int count) {
        moveTo(column, Math.min(row + count, row <= bottom ? bottom : rows - 1));
    }

    void forward(int count) {
        moveTo(Math.min(column + count, columns - 1), row);
    }

    /** CUB: while a wrap is pending the cursor counts as past the last column, as in tmux. */
    void back(int count) {
        moveTo(Math.max((pendingWrap ? columns : column) - count, 0), row);
    }

    void toColumn(int newColumn) {
        moveTo(newColumn, row);
    }

    /** To column 0: {@code toColumn(0)}, small enough to inline on the text path. */
    void carriageReturn() {
        column = 0;
        pendingWrap = false;
    }

    /** Moves past {@code cells} just written; at the right edge it stays, a wrap pending. */
    void advancePast(int cells) {
        if (column + cells >= columns) {
            column = columns - 1;
            pendingWrap = true;
        } else {
            column += cells;
            pendingWrap = false;
        }
    }

    /**
     * Down a row for a line feed, unless at the bottom margin (or the last row).
     *
     * @return whether the cursor is at the bottom margin, where the region scrolls instead
     */
    boolean lineDown() {
        pendingWrap = false;
        if (row == bottom) {
            return true;
        }
        if (row < rows - 1) {
            row++;
        }
        return false;
    }

    /** The mirror image of {@link #lineDown}, for a reverse index. */
    boolean lineUp() {
        pendingWrap = false;
        if (row == top) {
            return true;
        }
        if (row > 0) {
            row--;
        }
        return false;
    }

    /** Back one column for a backspace; a pending wrap just ends. */
    void backspace(boolean previousLineWrapped) {
        if (pendingWrap) {
            pendingWrap = false;
        } else if (column > 0) {
            column--;
        } else if (row > 0 && previousLineWrapped) {
            moveTo(columns - 1, row - 1);
        }
    }

    /** HT and CHT: to the next stop, {@code count} times; nothing while a wrap is pending. */
    void tab(int count) {
        if (pendingWrap) {
            return;
        }
        for (int step = 0; step < count && column < columns - 1; step++) {
            column = tabStops.next(column);
        }
    }

    /** CBT. */
    void backTab(int count) {
        int newColumn = column;
        for (int step = 0; step < count && newColumn > 0; step++) {
            newColumn = tabStops.previous(newColumn);
        }
        moveTo(newColumn, row);
    }

    /**
     * DECSTBM: a region of at least two rows, which sends the cursor home.
     */
    void setRegion(int newTop, int newBottom, boolean originMode) {
        int last = Math.min(newBottom, rows - 1);
        if (newTop >= last) {
            return;
        }
        top = newTop;
        bottom = last;
        position(0, 0, originMode);
    }

    void resetRegion() {
        top = 0;
        bottom = rows - 1;
    }

    /** The last row that IL and DL move lines to: the bottom margin inside the region, else the last row. */
    int lastRowAffected() {
        return row >= top && row <= bottom ? bottom : rows - 1;
    }

    /** Ends a pending wrap without moving. */
    void cancelWrap() {
        pendingWrap = false;
    }
}
