package dev.mux.server.term;

/** What DECSC (and entering the alternate screen with mode 1049) saves and DECRC restores. */
record SavedCursor(int column, int row, boolean pendingWrap, long pen, Charsets charsets, boolean originMode) {
    static final SavedCursor HOME = new SavedCursor(0, 0, false, Style.DEFAULT, Charsets.ASCII, false);
}
