package dev.mux.server.term;

/**
 * What a terminal shows: the grids and history ({@link Grids}), the {@link Cursor} with the
 * margins and tab stops it moves within, the pen, the charsets, the {@link Modes} and the title.
 * This is the face the rest of the server reads; it also feeds lines and switches screens, while
 * {@link ScreenText} writes text and {@link ScreenEdits} erases, inserts and deletes around the cursor. It knows no
 * bytes: the {@link Decoder} says which operation each sequence means; what each operation does
 * follows tmux 3.3a, including where terminals disagree. Operations clamp what they are given and
 * never throw. Coordinates are 0-based.
 */
public final class Screen {
    public static final int DEFAULT_HISTORY_LIMIT = 2000;

    private final Grids grids;
    private final Cursor cursor;
    /** Characters written at the cursor, and what text remembers between them. */
    private final ScreenText text;
    /** The grid shown, the main one or the alternate one; kept here for the print path. */
    private Grid grid;
    private long pen = Style.DEFAULT;
    /** The pen's underline colour and hyperlink, which its packed style has no room for. */
    private final CellExtras extras = new CellExtras();
    private Charsets charsets = Charsets.ASCII;
    private SavedCursor saved = SavedCursor.HOME;
    private Modes modes = Modes.INITIAL;
    private String title = "";
    private long bells;
    private long titlesSet;
    /** What the program last reported with OSC 7 ({@link ReportedDirectory}), or "". */
    private String reportedPath = "";
    /** The cursor colour the program set with OSC 12, as written (tmux's forms: rgb:, #, names), or "" for the terminal's own. */
    private String cursorColour = "";
    public Screen(int columns, int rows, int historyLimit) {
        this.cursor = new Cursor(Math.max(1, columns), Math.max(1, rows));
        this.text = new ScreenText(this, cursor);
        this.grids = new Grids(cursor.columns(), cursor.rows(), historyLimit);
        this.grid = grids.shown();
    }

    // ---- read access -------------------------------------------------------------------------

    public int columns() {
        return cursor.columns();
    }

    public int rows() {
        return cursor.rows();
    }

    public int cursorColumn() {
        return cursor.column();
    }

    /** Whether the last column was just written, so the next character goes to the next line. */
    public boolean wrapPending() {
        return cursor.pendingWrap();
    }

    /** The end of one read of the program's output ({@link ScreenText#endOfRead}). */
    void endOfRead() {
        text.endOfRead();
    }

    public int cursorRow() {
        return cursor.row();
    }

    public Modes modes() {
        return modes;
    }

    /** How many bells (BEL outside a string) the program rang: the window's bell alert counts them. */
    public long bells() {
        return bells;
    }

    public void bell() {
        bells++;
    }

    public String title() {
        return title;
    }

    public boolean alternateScreen() {
        return grids.alternateShown();
    }

    /** Visible row {@code row}, 0 at the top. Lines are views: do not keep them across feeds. */
    public Line line(int row) {
        return grid.line(row);
    }

    /**
     * Visible row {@code row} as an unchanging copy, compact as history keeps lines: it costs the
     * row's content, not its width, so copying a wide screen that is mostly blank stays cheap.
     */
    public Line frozenLine(int row) {
        return HistoryLine.of(grid.line(row));
    }

    /** Lines in the main screen's history (the alternate screen has none). */
    public int historySize() {
        return grids.history().size();
    }

    /** History line {@code index}, 0 being the oldest; it may be narrower or wider than the screen. */
    public Line historyLine(int index) {
        return grids.history().get(index);
    }

    /** The newest {@code count} lines of history, to be read later on any thread (a snapshot's). */
    public HistoryCopy historyCopy(int count) {
        return grids.history().copyNewest(count);
    }

    /** Line {@code index} counting from the oldest history line on through the visible rows, as tmux numbers them. */
    public Line historyOrVisibleLine(int index) {
        int history = historySize();
        return index < history ? historyLine(index) : line(index - history);
    }

    /** Row {@code row} of the main screen while the alternate screen hides it, else null. */
    public Line hiddenMainLine(int row) {
        return grids.hiddenMainLine(row);
    }

    public void clearHistory() {
        grids.main().clearHistory();
    }

    /**
     * resize-pane -T: the rows below the cursor give way to as many of the newest history lines,
     * which come back at the top, and the cursor moves down with its row (tmux 3.3a's trim).
     */
    public void trimBelowCursor() {
        int pulled = grid.trimBelow(cursor.row());
        if (pulled > 0) cursor.moveTo(cursor.column(), cursor.row() + pulled);
    }

    /** Whether history holds lines that {@link #packHistory()} would pack. */
    public boolean hasHistoryToPack() {
        return grids.history().hasOldToPack();
    }

    /** Packs older history now; to be called when output pauses (History says why). */
    public void packHistory() {
        grids.history().packOld();
    }

    /** The visible rows as {@code tmux capture-pane -p} prints them: trailing blanks trimmed, each ending in a newline. */
    public String captureVisibleText() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < rows(); row++) {
            text.append(grid.line(row).plainText()).append('\n');
        }
        return text.toString();
    }

    // ---- size ----------------------------------------------------------------------------------

    /** Changes the size, rewrapping lines as tmux does; see {@link Grid#resize} for where rows go. */
    public void resize(int newColumns, int newRows) {
        int width = Math.max(1, newColumns);
        int height = Math.max(1, newRows);
        if (width == columns() && height == rows()) {
            return;
        }
        long position = grids.resize(width, height, cursorColumnForResize(), cursor.row());
        cursor.resize(width, height, (int) (position >>> 32), (int) position);
    }

    /** The cursor's column as a resize takes it: past the last column while a wrap is pending, as tmux keeps it. */
    private int cursorColumnForResize() {
        return cursor.pendingWrap() ? cursor.columns() : cursor.column();
    }

    // ---- lines and the cursor ------------------------------------------------------------------

    Cursor cursor() {
        return cursor;
    }

    /** Where text is written ({@link Decoder} prints through it). */
    ScreenText text() {
        return text;
    }

    /** The grid shown, for the edits around the cursor ({@link ScreenEdits}). */
    Grid grid() {
        return grid;
    }

    /** Down a row; at the bottom margin the region scrolls up instead, its top line into history. */
    void lineFeed() {
        if (cursor.lineDown()) {
            grid.scrollUp(cursor.top(), cursor.bottom(), 1, Style.erased(pen), true);
        }
    }

    /** Up a row; at the top margin the region scrolls down instead. */
    void reverseIndex() {
        if (cursor.lineUp()) {
            grid.scrollDown(cursor.top(), cursor.bottom(), 1, Style.erased(pen));
        }
    }

    /** Moves back one column; from column 0 back onto a line that wrapped, as tmux does. */
    void backspace() {
        int row = cursor.row();
        cursor.backspace(row > 0 && grid.line(row - 1).wrapped());
    }

    /** DECSC: position, pen, charsets and origin mode. */
    void saveCursor() {
        saved = currentCursor();
    }

    /** DECRC. */
    void restoreCursor() {
        cursor.moveTo(saved.column(), saved.row());
        pen = saved.pen();
        extras.setPen(saved.extra());
        charsets = saved.charsets();
        modes = modes.with(Modes.Mode.ORIGIN, saved.originMode());
    }

    private SavedCursor currentCursor() {
        return new SavedCursor(cursor.column(), cursor.row(), pen, extras.pen(), charsets, modes.originMode());
    }

    // ---- state ---------------------------------------------------------------------------------

    long pen() {
        return pen;
    }

    void setPen(long style) {
        pen = style;
    }

    /** The pen's underline colour and hyperlink ({@link Sgr}, OSC 8). */
    CellExtras extras() {
        return extras;
    }

    Charsets charsets() {
        return charsets;
    }

    /** SO ({@code g1} true) and SI. */
    void invokeCharset(boolean g1) {
        charsets = charsets.invoke(g1);
    }

    /** SCS: DEC graphics ('0') or ASCII into G0 ({@code set} 0) or G1. */
    void designateCharset(int set, int designator) {
        charsets = charsets.designate(set, designator);
    }

    void setModes(Modes next) {
        modes = next;
    }

    public void setTitle(String text) {
        title = text;
        titlesSet++;
    }

    /** How many times the title was set, to the same text or not: tmux's pane-title-changed counts each. */
    public long titlesSet() {
        return titlesSet;
    }

    /** The working directory URL the program last reported with OSC 7, as sent, or "": tmux's #{pane_path}. */
    public String reportedPath() {
        return reportedPath;
    }

    void setReportedPath(String path) {
        reportedPath = path;
    }

    /** The cursor colour the program asked for with OSC 12, as written; "" after OSC 112 or if none. */
    public String cursorColour() {
        return cursorColour;
    }

    void setCursorColour(String colour) {
        cursorColour = colour;
    }

    /** Modes 47, 1047 and 1049 set: as in tmux, the pen is always saved, the cursor with 1049. */
    void enterAlternateScreen(boolean withCursor) {
        grid = grids.enterAlternate(currentCursor(), withCursor, columns(), rows());
    }

    /** Their reset: 1049 restores the cursor and pen; a wrap that was pending is lost. */
    void leaveAlternateScreen(boolean withCursor) {
        boolean shown = grids.alternateShown();
        SavedCursor restore = grids.leaveAlternate();
        int column = cursor.column();
        int row = cursor.row();
        if (withCursor && restore != null) {
            column = restore.column();
            row = restore.row();
            pen = restore.pen();
            extras.setPen(restore.extra());
        }
        if (shown) {
            long position = grids.catchUpMain(columns(), rows(), column, row);
            column = (int) (position >>> 32);
            row = (int) position;
        }
        grid = grids.shown();
        cursor.moveTo(column, row);
    }

    /** DECSTR: modes, margins, pen and saved cursor back to their defaults; the text stays. */
    void softReset() {
        modes = modes.afterSoftReset();
        pen = Style.DEFAULT;
        extras.setPen(null);
        charsets = Charsets.ASCII;
        saved = SavedCursor.HOME;
        cursor.resetRegion();
        cursor.cancelWrap();
    }

    /** RIS: everything but the history and the title back to how a new screen starts. */
    void fullReset() {
        leaveAlternateScreen(false);
        softReset();
        grids.main().eraseRows(0, rows(), Style.DEFAULT);
        grids.forgetSaved();
        cursor.tabStops().reset();
        modes = Modes.INITIAL;
        text.reset();
        cursor.moveTo(0, 0);
    }
}
