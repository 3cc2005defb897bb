package dev.mux.server.copy;

import dev.mux.server.term.Line;
import dev.mux.server.term.Screen;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One pane's copy mode, as tmux's window-copy: a view of the pane's history and screen as they
 * were when the mode began, scrolled {@link #offset()} lines up from the bottom, with a cursor, a
 * selection, a mark, the last search and the last jump. {@link CopyModeCommands} carries out the
 * send-keys -X commands on it; what a command asks of its pane (copy this text, leave the mode)
 * comes back as an {@link Outcome}.
 */
public final class CopyMode {
    /** What a command asks of the pane: leave copy mode, and text copied (or null). */
    public record Outcome(boolean exit, Copied copy) {
        public static final Outcome STAY = new Outcome(false, null);
        public static final Outcome EXIT = new Outcome(true, null);

        /** The text put in a paste buffer, or null. */
        public String copied() {
            return copy == null || !copy.buffered() ? null : copy.text();
        }
    }

    private ScreenCopy copy;
    private final ModeKeys keys;
    private final Supplier<CopySettings> settings;
    /** Leave the mode when scrolled back to the bottom (copy-mode -e, entering by mouse wheel). */
    private final boolean exitAtBottom;
    private int columns;
    private int rows;
    /** Lines scrolled up from the bottom: 0 shows the screen, historySize the oldest line at the top. */
    private int offset;
    private int cursorColumn;
    private int cursorRow;
    /** The column vertical moves aim for, kept across short lines. */
    private int wantedColumn;
    final Selection selection = new Selection();
    /** The search going on and the last one, for search-again and highlighting. */
    final CopySearch search = new CopySearch(this);
    /** The last jump, for jump-again and jump-reverse, and the mark. */
    final CopyJumps jumps = new CopyJumps(this);
    private boolean hidePosition;

    private CopyMode(ScreenCopy copy, ModeKeys keys, Supplier<CopySettings> settings, boolean exitAtBottom, int columns, int rows) {
        this.copy = copy;
        this.keys = keys;
        this.settings = settings;
        this.exitAtBottom = exitAtBottom;
        this.columns = Math.max(1, columns);
        this.rows = Math.max(1, rows);
    }

    /** Copy mode over {@code screen} with tmux's default options, the cursor where the screen's is. */
    public static CopyMode enter(Screen screen, ModeKeys keys, boolean exitAtBottom) {
        return enter(screen, keys, () -> CopySettings.DEFAULTS, exitAtBottom);
    }

    /** Copy mode over {@code screen}, reading its options from {@code settings} as it goes. */
    public static CopyMode enter(Screen screen, ModeKeys keys, Supplier<CopySettings> settings, boolean exitAtBottom) {
        CopyMode mode = new CopyMode(ScreenCopy.of(screen), keys, settings, exitAtBottom, screen.columns(), screen.rows());
        mode.cursorColumn = Math.min(screen.cursorColumn(), mode.columns - 1);
        mode.cursorRow = screen.cursorRow();
        mode.wantedColumn = mode.cursorColumn;
        return mode;
    }

    // ---- what the painter reads --------------------------------------------------------------

    /** The mode-keys the mode began with: vi selections take the cursor's cell, emacs ones stop before it. */
    public ModeKeys keys() {
        return keys;
    }

    public int offset() {
        return offset;
    }

    public int historySize() {
        return copy.historySize();
    }

    public int cursorColumn() {
        return cursorColumn;
    }

    public int cursorRow() {
        return cursorRow;
    }

    /** Whether toggle-position (or copy-mode -H) hid the position indicator. */
    public boolean positionHidden() {
        return hidePosition;
    }

    /** The line shown on view row {@code row}, or null below the copied lines. */
    public Line viewLine(int row) {
        return copy.line(top() + row);
    }

    /** Whether the cell at view {@code (row, column)} is selected. */
    public boolean selected(int row, int column) {
        return selection.contains(new Position(top() + row, column), cursor(), keys);
    }

    /** The mark's column when view row {@code row} is the mark's line (set-mark), else -1. */
    public int markColumn(int row) {
        return jumps.markColumn(top() + row);
    }

    /** The cells of the last search's matches on view row {@code row}, each [first, after). */
    public List<int[]> matches(int row) {
        Pattern pattern = search.pattern();
        return pattern == null ? List.of() : Search.matches(copy, top() + row, pattern);
    }

    /** The selected text, or null when nothing is selected. */
    public String selectedText() {
        return CopyText.selected(this);
    }

    boolean wrapSearch() {
        return settings.get().wrapSearch();
    }

    /** Where the view and cursor are, to go back to (an incremental search's start). */
    record View(int offset, int cursorColumn, int cursorRow) {}

    View view() {
        return new View(offset, cursorColumn, cursorRow);
    }

    void restore(View view) {
        offset = view.offset();
        cursorRow = view.cursorRow();
        setColumn(view.cursorColumn());
    }

    void togglePosition() {
        hidePosition = !hidePosition;
    }

    /** refresh-from-pane: the pane's lines as they are now. */
    void refresh(Screen screen) {
        copy = ScreenCopy.of(screen);
        offset = Math.min(offset, copy.historySize());
        clampColumn();
    }

    // ---- selection -------------------------------------------------------------------------------

    void beginSelection() {
        selection.begin(cursor(), false);
    }

    void clearSelection() {
        selection.clear();
        clampColumn();
    }

    /** tmux's select-line: the whole line selected, the cursor at its end (past any rows it wrapped onto), {@code more} lines below too. */
    void selectLine(int more) {
        setColumn(0);
        selection.begin(cursor(), true);
        int line = Math.min(copy.size() - 1, cursorLine() + more);
        while (copy.wrapped(line) && line < copy.size() - 1) line++;
        moveTo(new Position(line, endColumn(line)));
    }

    /** tmux's select-word: the word under the cursor, the cursor on its last cell. */
    void selectWord() {
        Words words = words(settings.get().wordSeparators());
        Position start = words.wordStart(cursor());
        selection.begin(start, false);
        moveTo(words.wordEnd(start));
        if (keys == ModeKeys.EMACS) setColumn(cursorColumn + 1);
    }

    void otherEnd() {
        if (!selection.active()) return;
        Position anchor = selection.anchor();
        selection.swap(cursor());
        moveTo(anchor);
    }

    void rectangle(Boolean on) {
        selection.setRectangle(on != null ? on : !selection.rectangle());
        setColumn(Math.min(cursorColumn, copy.length(cursorLine())));
    }

    // ---- mouse -----------------------------------------------------------------------------------

    /** The left button went down at view cell {@code (column, row)} and moved: the cursor goes there and a selection starts. */
    public void dragStart(int column, int row) {
        dragTo(column, row);
        beginSelection();
    }

    /** The button moved on with a drag going on: the cursor follows it, extending the selection. */
    public void dragTo(int column, int row) {
        cursorRow = Math.max(0, Math.min(row, lastRow()));
        setColumn(Math.min(column, endColumn(cursorLine())));
    }

    // ---- movement --------------------------------------------------------------------------------

    Words words(String separators) {
        return new Words(copy, separators);
    }

    String wordSeparators() {
        return settings.get().wordSeparators();
    }

    ScreenCopy lines() {
        return copy;
    }

    /** Scrolls the view up {@code lines} lines (mouse wheel, C-y); the cursor stays on its row. */
    public void scrollUp(int lines) {
        offset = Math.min(copy.historySize(), offset + lines);
        clampColumn();
    }

    /** Scrolls the view down; at the bottom, a mode entered to scroll ends (copy-mode -e). */
    public Outcome scrollDown(int lines) {
        offset = Math.max(0, offset - lines);
        clampColumn();
        return exitAtBottom && offset == 0 ? Outcome.EXIT : Outcome.STAY;
    }

    /** tmux's page-up: rows - 2 lines (half a screen with {@code half}), the cursor staying on its row. */
    public void pageUp(boolean half) {
        int lines = pageLines(half);
        if (offset + lines > copy.historySize()) {
            offset = copy.historySize();
            cursorRow = Math.max(0, cursorRow - lines);
        } else {
            offset += lines;
        }
        clampColumn();
    }

    Outcome pageDown(boolean half) {
        int lines = pageLines(half);
        if (offset < lines) {
            cursorRow = Math.min(lastRow(), cursorRow + lines - offset);
            offset = 0;
        } else {
            offset -= lines;
        }
        clampColumn();
        return exitAtBottom && offset == 0 ? Outcome.EXIT : Outcome.STAY;
    }

    boolean exitsAtBottom() {
        return exitAtBottom;
    }

    /** The pane changed size: the view keeps its offset, the cursor stays inside. */
    public void resize(int newColumns, int newRows) {
        columns = Math.max(1, newColumns);
        rows = Math.max(1, newRows);
        cursorRow = Math.min(cursorRow, rows - 1);
        cursorColumn = Math.min(cursorColumn, columns - 1);
    }

    private int pageLines(boolean half) {
        if (rows <= 2) return 1;
        return half ? rows / 2 : rows - 2;
    }

    void cursorUp() {
        if (cursorRow > 0) {
            cursorRow--;
        } else if (offset < copy.historySize()) {
            offset++;
        }
        clampColumn();
    }

    void cursorDown() {
        if (cursorRow < lastRow()) {
            cursorRow++;
        } else if (offset > 0) {
            offset--;
        }
        clampColumn();
    }

    void cursorLeft() {
        if (cursorColumn > 0) {
            setColumn(cursorColumn - 1);
        } else if (cursorLine() > 0) {
            cursorUp();
            setColumn(endColumn(cursorLine()));
        }
    }

    /** One cell right; a rectangle being selected may go past the end of the line, as in tmux. */
    void cursorRight() {
        boolean free = selection.active() && selection.rectangle();
        if (cursorColumn < (free ? columns - 1 : endColumn(cursorLine()))) {
            setColumn(cursorColumn + 1);
        } else if (!free && cursorLine() < copy.size() - 1) {
            cursorDown();
            setColumn(0);
        }
    }

    void historyTop() {
        offset = copy.historySize();
        cursorRow = 0;
        setColumn(0);
    }

    void historyBottom() {
        offset = 0;
        cursorRow = lastRow();
        setColumn(endColumn(cursorLine()));
    }

    /** goto-line: the view's top {@code line} lines up into the history (past the oldest: the oldest). */
    void gotoLine(int line) {
        offset = line < 0 || line > copy.historySize() ? copy.historySize() : line;
        clampColumn();
    }

    /** top-line, middle-line, bottom-line: the cursor to the start of that row of the view. */
    void setRow(int row) {
        cursorRow = Math.max(0, Math.min(row, lastRow()));
        setColumn(0);
    }

    int rows() {
        return rows;
    }

    void setColumn(int column) {
        cursorColumn = Math.max(0, Math.min(column, columns - 1));
        wantedColumn = cursorColumn;
    }

    /** After a vertical move: the wanted column, or the end of a shorter line. */
    private void clampColumn() {
        cursorRow = Math.min(cursorRow, lastRow());
        int end = selection.active() && selection.rectangle() ? columns - 1 : endColumn(cursorLine());
        cursorColumn = Math.min(wantedColumn, Math.min(end, columns - 1));
    }

    /** Puts the cursor on {@code target}, scrolling it to the middle of the view when it is not in sight. */
    void moveTo(Position target) {
        int line = Math.max(0, Math.min(target.line(), copy.size() - 1));
        if (line < top() || line > top() + rows - 1) {
            offset = Math.max(0, Math.min(copy.historySize(), copy.historySize() - line + rows / 2));
        }
        cursorRow = Math.max(0, Math.min(line - top(), lastRow()));
        setColumn(target.column());
    }

    // ---- coordinates -----------------------------------------------------------------------------

    /** The copied line on the view's first row. */
    int top() {
        return copy.historySize() - offset;
    }

    /** The last view row that shows a copied line (the view can be taller than the copy after a resize). */
    private int lastRow() {
        return Math.max(0, Math.min(rows - 1, copy.size() - 1 - top()));
    }

    int cursorLine() {
        return top() + cursorRow;
    }

    Position cursor() {
        return new Position(cursorLine(), cursorColumn);
    }

    int endColumn(int line) {
        return Math.min(copy.length(line), columns - 1);
    }

    int indentation(int line) {
        Line text = copy.line(line);
        int column = 0;
        while (text != null && column < copy.length(line) && text.codePoint(column) == ' ') column++;
        return column;
    }
}
