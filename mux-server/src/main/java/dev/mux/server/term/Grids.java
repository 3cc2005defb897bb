package dev.mux.server.term;

/**
 * A screen's two grids: the main one with its history, and the alternate one, which exists only
 * while it is shown, always starts blank and keeps no history. Also the cursor and pen saved on
 * entering the alternate screen, which mode 1049's exit restores even when the alternate screen is
 * not shown, as tmux does.
 */
final class Grids {
    /** The column of a {@link #savedForAlternate} that kept the pen but no cursor (mode 1047). */
    private static final int NOT_SAVED = -1;

    private final Grid main;
    private Grid alternate;
    private SavedCursor savedForAlternate;

    Grids(int columns, int rows, int historyLimit) {
        main = new Grid(columns, rows, historyLimit);
    }

    Grid shown() {
        return alternate != null ? alternate : main;
    }

    boolean alternateShown() {
        return alternate != null;
    }

    History history() {
        return main.history();
    }

    Grid main() {
        return main;
    }

    /** Row {@code row} of the main grid while the alternate one hides it, else null. */
    Line hiddenMainLine(int row) {
        if (alternate == null) {
            return null;
        }
        return row < main.rows() ? main.line(row) : new ScreenLine(main.columns());
    }

    /**
     * Shows a new alternate grid, saving {@code cursor}'s pen and charsets, and its position if
     * {@code withCursor}; without it a position saved before is kept. Nothing happens while the
     * alternate grid is already shown.
     *
     * @return the grid shown
     */
    Grid enterAlternate(SavedCursor cursor, boolean withCursor, int columns, int rows) {
        if (alternate != null) {
            return alternate;
        }
        SavedCursor before = savedForAlternate;
        int column = withCursor ? cursor.column() : NOT_SAVED;
        int row = cursor.row();
        if (!withCursor && before != null) {
            column = before.column();
            row = before.row();
        }
        savedForAlternate = new SavedCursor(column, row, cursor.pen(), cursor.extra(), cursor.charsets(), cursor.originMode());
        alternate = new Grid(columns, rows, 0);
        return alternate;
    }

    /**
     * Shows the main grid again.
     *
     * @return what mode 1049 restores: the saved cursor if one was saved with its position, else null
     */
    SavedCursor leaveAlternate() {
        alternate = null;
        return savedForAlternate != null && savedForAlternate.column() != NOT_SAVED ? savedForAlternate : null;
    }

    /** Forgets the saved cursor, as RIS does. */
    void forgetSaved() {
        savedForAlternate = null;
    }

    /**
     * Resizes the grid shown, rewrapping the main one's lines ({@link Grid#resize}). As in tmux,
     * the main grid waits while the alternate one hides it: it keeps the size it had and is
     * rewrapped to the size of the day when it is shown again ({@link #leaveAlternate}), and the
     * alternate grid is only cut or padded.
     *
     * @return the cursor's new position, packed as {@link Grid#position} packs it
     */
    long resize(int columns, int rows, int cursorColumn, int cursorRow) {
        if (alternate == null) {
            return main.resize(columns, rows, cursorColumn, cursorRow, true);
        }
        return alternate.resize(columns, rows, cursorColumn, cursorRow, false);
    }

    /** Brings the main grid, kept at its size while hidden, to the current size: see {@link #resize}. */
    long catchUpMain(int columns, int rows, int cursorColumn, int cursorRow) {
        int column = Math.min(cursorColumn, main.columns());
        int row = Math.min(cursorRow, main.rows() - 1);
        if (columns == main.columns() && rows == main.rows()) {
            return Grid.position(column, row);
        }
        return main.resize(columns, rows, column, row, true);
    }
}
