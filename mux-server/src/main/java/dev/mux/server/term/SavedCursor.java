package dev.mux.server.term;

/**
 * What DECSC (and entering the alternate screen) saves and DECRC restores. A wrap pending at the
 * time is not kept: tmux restores the cursor to the last column instead.
 */
record SavedCursor(int column, int row, long pen, CellExtra extra, Charsets charsets, boolean originMode) {
    static final SavedCursor HOME = new SavedCursor(0, 0, Style.DEFAULT, null, Charsets.ASCII, false);
}
