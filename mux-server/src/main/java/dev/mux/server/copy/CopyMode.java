package dev.mux.server.copy;

import dev.mux.server.term.Line;
import dev.mux.server.term.Screen;
import java.util.Optional;

/**
 * One pane's copy mode, as tmux's window-copy: a view of the pane's history and screen as they
 * were when the mode began, scrolled {@link #offset()} lines up from the bottom, with a cursor, a
 * selection from an anchor to the cursor, and search. Keys come in through {@link #press}; what
 * the mode asks of its pane (copy this text, leave the mode) comes back as an {@link Outcome}.
 */
public final class CopyMode {
    /** What a key asks of the pane: leave copy mode, and text to add as a paste buffer (or null). */
    public record Outcome(boolean exit, String copied) {
        public static final Outcome STAY = new Outcome(false, null);
        public static final Outcome EXIT = new Outcome(true, null);
    }

    private final ScreenCopy copy;
    private final ModeKeys keys;
    private final Words words;
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
    private Position anchor;
    private boolean lineSelection;
    private String searchText = "";
    private boolean searchForward = true;
    /** Where an incremental search started (null when none is going on), and the text it last looked for. */
    private View incrementalStart;
    private String incrementalText;

    private record View(int offset, int cursorColumn, int cursorRow) {}

    private CopyMode(ScreenCopy copy, ModeKeys keys, boolean exitAtBottom, int columns, int rows) {
        this.copy = copy;
        this.keys = keys;
        this.words = new Words(copy);
        this.exitAtBottom = exitAtBottom;
        this.columns = Math.max(1, columns);
        this.rows = Math.max(1, rows);
    }

    /** Copy mode over {@code screen}, the cursor where the screen's is. */
    public static CopyMode enter(Screen screen, ModeKeys keys, boolean exitAtBottom) {
        CopyMode mode = new CopyMode(ScreenCopy.of(screen), keys, exitAtBottom, screen.columns(), screen.rows());
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

    /** The line shown on view row {@code row}, or null below the copied lines. */
    public Line viewLine(int row) {
        return copy.line(top() + row);
    }

    /** Whether the cell at view {@code (row, column)} is selected. */
    public boolean selected(int row, int column) {
        Optional<Position[]> range = selection();
        if (range.isEmpty()) return false;
        Position cell = new Position(top() + row, column);
        return cell.compareTo(range.get()[0]) >= 0 && cell.compareTo(range.get()[1]) <= 0;
    }

    // ---- input ---------------------------------------------------------------------------------

    public Outcome apply(CopyAction action) {
        switch (action) {
            case CURSOR_UP -> cursorUp();
            case CURSOR_DOWN -> cursorDown();
            case CURSOR_LEFT -> cursorLeft();
            case CURSOR_RIGHT -> cursorRight();
            case START_OF_LINE -> setColumn(0);
            case END_OF_LINE -> setColumn(endColumn(cursorLine()));
            case BACK_TO_INDENTATION -> setColumn(indentation(cursorLine()));
            case NEXT_WORD -> moveTo(words.nextStart(cursor()));
            case PREVIOUS_WORD -> moveTo(words.previousStart(cursor()));
            case NEXT_WORD_END -> moveTo(words.nextEnd(cursor()));
            case TOP_LINE -> setRow(0);
            case MIDDLE_LINE -> setRow((rows - 1) / 2);
            case BOTTOM_LINE -> setRow(rows - 1);
            case SCROLL_UP -> scrollUp(1);
            case SCROLL_DOWN -> {
                return scrollDown(1);
            }
            case HALFPAGE_UP -> pageUp(true);
            case HALFPAGE_DOWN -> {
                return pageDown(true);
            }
            case PAGE_UP -> pageUp(false);
            case PAGE_DOWN -> {
                return pageDown(false);
            }
            case HISTORY_TOP -> historyTop();
            case HISTORY_BOTTOM -> historyBottom();
            case BEGIN_SELECTION -> beginSelection(false);
            case SELECT_LINE -> selectLine();
            case CLEAR_SELECTION -> anchor = null;
            case OTHER_END -> otherEnd();
            case COPY_SELECTION_AND_CANCEL -> {
                return new Outcome(true, selectedText());
            }
            case COPY_END_OF_LINE_AND_CANCEL -> {
                return new Outcome(true, endOfLineText());
            }
            case SEARCH_AGAIN -> search(searchText, searchForward, cursor());
            case SEARCH_REVERSE -> search(searchText, !searchForward, cursor());
            case CANCEL -> {
                return Outcome.EXIT;
            }
        }
        return Outcome.STAY;
    }

    /** The selected text, or null when nothing is selected. */
    public String selectedText() {
        Optional<Position[]> range = selection();
        if (range.isEmpty()) return null;
        Position end = range.get()[1];
        String text = SelectionText.between(copy, range.get()[0], end);
        // tmux keeps the last line's newline when a vi selection takes the end of it (V, or $).
        boolean pastEnd = end.column() >= copy.length(end.line()) && !copy.wrapped(end.line());
        return keys == ModeKeys.VI && pastEnd ? text + "\n" : text;
    }

    /** From the cursor to the end of its line. */
    public String endOfLineText() {
        return SelectionText.between(copy, cursor(), new Position(cursorLine(), Integer.MAX_VALUE - 1));
    }

    /**
     * One step of an incremental search (the prompt sends each change of its text): the search starts
     * again from where the first step found the cursor whenever the text changed.
     */
    public void searchIncremental(String text, boolean forward) {
        if (incrementalStart == null) {
            incrementalStart = new View(offset, cursorColumn, cursorRow);
        } else if (!text.equals(incrementalText)) {
            restore(incrementalStart);
        }
        incrementalText = text;
        searchFor(text, forward);
    }

    /** Any other command ends the incremental search going on, as in tmux. */
    public void endIncremental() {
        incrementalStart = null;
        incrementalText = null;
    }

    /** send-keys -X search-forward/-backward with the text: searches and remembers it for search-again. */
    public void searchFor(String text, boolean forward) {
        if (text.isEmpty()) return;
        searchText = text;
        searchForward = forward;
        search(text, forward, cursor());
    }

    /** The left button went down at view cell {@code (column, row)} and moved: the cursor goes there and a selection starts. */
    public void dragStart(int column, int row) {
        dragTo(column, row);
        beginSelection(false);
    }

    /** The button moved on with a drag going on: the cursor follows it, extending the selection. */
    public void dragTo(int column, int row) {
        cursorRow = Math.max(0, Math.min(row, lastRow()));
        setColumn(Math.min(column, endColumn(cursorLine())));
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

    /** The pane changed size: the view keeps its offset, the cursor stays inside. */
    public void resize(int newColumns, int newRows) {
        columns = Math.max(1, newColumns);
        rows = Math.max(1, newRows);
        cursorRow = Math.min(cursorRow, rows - 1);
        cursorColumn = Math.min(cursorColumn, columns - 1);
    }

    // ---- movement ------------------------------------------------------------------------------

    private Outcome pageDown(boolean half) {
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

    private int pageLines(boolean half) {
        if (rows <= 2) return 1;
        return half ? rows / 2 : rows - 2;
    }

    private void cursorUp() {
        if (cursorRow > 0) {
            cursorRow--;
        } else if (offset < copy.historySize()) {
            offset++;
        }
        clampColumn();
    }

    private void cursorDown() {
        if (cursorRow < lastRow()) {
            cursorRow++;
        } else if (offset > 0) {
            offset--;
        }
        clampColumn();
    }

    private void cursorLeft() {
        if (cursorColumn > 0) {
            setColumn(cursorColumn - 1);
        } else if (cursorLine() > 0) {
            cursorUp();
            setColumn(endColumn(cursorLine()));
        }
    }

    private void cursorRight() {
        if (cursorColumn < endColumn(cursorLine())) {
            setColumn(cursorColumn + 1);
        } else if (cursorLine() < copy.size() - 1) {
            cursorDown();
            setColumn(0);
        }
    }

    private void historyTop() {
        offset = copy.historySize();
        cursorRow = 0;
        setColumn(0);
    }

    private void historyBottom() {
        offset = 0;
        cursorRow = lastRow();
        setColumn(endColumn(cursorLine()));
    }

    private void setRow(int row) {
        cursorRow = Math.max(0, Math.min(row, lastRow()));
        clampColumn();
    }

    private void setColumn(int column) {
        cursorColumn = Math.max(0, Math.min(column, columns - 1));
        wantedColumn = cursorColumn;
    }

    /** After a vertical move: the wanted column, or the end of a shorter line. */
    private void clampColumn() {
        cursorRow = Math.min(cursorRow, lastRow());
        cursorColumn = Math.min(wantedColumn, Math.min(endColumn(cursorLine()), columns - 1));
    }

    /** Puts the cursor on {@code target}, scrolling it to the middle of the view when it is not in sight. */
    private void moveTo(Position target) {
        int line = Math.max(0, Math.min(target.line(), copy.size() - 1));
        if (line < top() || line > top() + rows - 1) {
            offset = Math.max(0, Math.min(copy.historySize(), copy.historySize() - line + rows / 2));
        }
        cursorRow = Math.max(0, Math.min(line - top(), lastRow()));
        setColumn(target.column());
    }

    // ---- selection -----------------------------------------------------------------------------

    /** tmux's select-line: the whole line selected, the cursor at its end (past any rows it wrapped onto). */
    private void selectLine() {
        setColumn(0);
        beginSelection(true);
        int line = cursorLine();
        while (copy.wrapped(line) && line < copy.size() - 1) line++;
        moveTo(new Position(line, endColumn(line)));
    }

    private void beginSelection(boolean wholeLines) {
        anchor = cursor();
        lineSelection = wholeLines;
    }

    private void otherEnd() {
        if (anchor == null) return;
        Position end = cursor();
        moveTo(anchor);
        anchor = end;
    }

    /**
     * The selected cells, first and last included. In vi the cell under the cursor is part of the
     * selection; in emacs the selection stops before it, as Emacs's region does.
     */
    private Optional<Position[]> selection() {
        if (anchor == null) return Optional.empty();
        Position start = Position.min(anchor, cursor());
        Position end = Position.max(anchor, cursor());
        if (lineSelection) {
            return Optional.of(new Position[] {new Position(start.line(), 0), new Position(end.line(), Integer.MAX_VALUE - 1)});
        }
        if (keys == ModeKeys.EMACS) {
            if (start.equals(end)) return Optional.empty();
            end = end.column() > 0 ? new Position(end.line(), end.column() - 1)
                    : new Position(end.line() - 1, Integer.MAX_VALUE - 1);
        }
        return Optional.of(new Position[] {start, end});
    }

    // ---- search --------------------------------------------------------------------------------

    /** As tmux: in emacs a forward search starts at the cursor and leaves the cursor just after the match. */
    private void search(String text, boolean forward, Position from) {
        if (forward && keys == ModeKeys.EMACS) {
            Position inclusive = new Position(from.line(), from.column() - 1);
            Search.find(copy, inclusive, text, true).ifPresent(at -> moveTo(new Position(at.line(), at.column() + text.length())));
            return;
        }
        Search.find(copy, from, text, forward).ifPresent(this::moveTo);
    }

    private void restore(View view) {
        offset = view.offset();
        cursorRow = view.cursorRow();
        setColumn(view.cursorColumn());
    }

    // ---- coordinates ---------------------------------------------------------------------------

    /** The copied line on the view's first row. */
    private int top() {
        return copy.historySize() - offset;
    }

    /** The last view row that shows a copied line (the view can be taller than the copy after a resize). */
    private int lastRow() {
        return Math.max(0, Math.min(rows - 1, copy.size() - 1 - top()));
    }

    private int cursorLine() {
        return top() + cursorRow;
    }

    private Position cursor() {
        return new Position(cursorLine(), cursorColumn);
    }

    private int endColumn(int line) {
        return Math.min(copy.length(line), columns - 1);
    }

    private int indentation(int line) {
        Line text = copy.line(line);
        int column = 0;
        while (text != null && column < copy.length(line) && text.codePoint(column) == ' ') column++;
        return column;
    }
}
