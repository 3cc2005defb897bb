package dev.mux.server.term;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * What a terminal shows: a grid of cells, a cursor, modes, a scroll region, tab stops, charsets, the
 * alternate screen and scrollback history. It gives meaning to what the {@link Parser} reports,
 * following what terminfo's {@code tmux-256color} promises and, where terminals disagree, what tmux
 * 3.3a does. Unknown or malformed sequences change nothing. Coordinates are 0-based.
 */
public final class Screen implements Performer {
    public static final int DEFAULT_HISTORY_LIMIT = 2000;

    private static final byte[] PRIMARY_DEVICE_ATTRIBUTES = ascii("\033[?1;2c");
    /** tmux's own answer: terminal type 84 ('T'), version 0. */
    private static final byte[] SECONDARY_DEVICE_ATTRIBUTES = ascii("\033[>84;0;0c");
    private static final byte[] STATUS_OK = ascii("\033[0n");
    /** The column of a {@link #savedForAlternate} that kept the pen but no cursor (mode 1047). */
    private static final int NOT_SAVED = -1;
    private static final int ZERO_WIDTH_JOINER = 0x200d;

    private final Consumer<byte[]> replies;
    private int columns;
    private int rows;
    private Grid main;
    /** The alternate screen's grid, present only while it is shown. */
    private Grid alternate;
    private Grid grid;

    private int cursorColumn;
    private int cursorRow;
    /** The last column was just written: the next character goes to the start of the next line. */
    private boolean pendingWrap;
    private long pen = Style.DEFAULT;
    private Charsets charsets = Charsets.ASCII;
    private SavedCursor saved = SavedCursor.HOME;
    /**
     * The cursor and pen saved on entering the alternate screen, null until then; mode 1049's exit
     * restores them even when the alternate screen is not shown, as tmux does.
     */
    private SavedCursor savedForAlternate;
    private int scrollTop;
    private int scrollBottom;
    private final TabStops tabStops;
    /** The character REP repeats: an ASCII one printed just before, as tmux has it; -1 if none. */
    private int lastPrinted = -1;
    /**
     * True while plain ASCII characters follow each other with nothing in between: tmux collects
     * such a run and writes it at once, which treats a wide character under the run's first cell
     * slightly differently (see {@link ScreenLine#writeKeepingWideStart}).
     */
    private boolean asciiRun;
    /**
     * A zero width joiner came: as in tmux, the next character other than plain ASCII joins the
     * previous cell (with the joiner) instead of taking cells of its own.
     */
    private boolean joinNext;

    private boolean autowrap = true;
    private boolean originMode;
    private boolean insertMode;
    private boolean cursorVisible = true;
    private int cursorStyle;
    private boolean applicationCursorKeys;
    private boolean applicationKeypad;
    private boolean bracketedPaste;
    private boolean focusEvents;
    private MouseTracking mouseTracking = MouseTracking.OFF;
    private boolean mouseUtf8;
    private boolean mouseSgr;
    private String title = "";

    public Screen(int columns, int rows, int historyLimit, Consumer<byte[]> replies) {
        this.columns = Math.max(1, columns);
        this.rows = Math.max(1, rows);
        this.replies = replies;
        this.main = new Grid(this.columns, this.rows, historyLimit);
        this.grid = main;
        this.tabStops = new TabStops(this.columns);
        this.scrollBottom = this.rows - 1;
    }

    // ---- read access -------------------------------------------------------------------------

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public int cursorColumn() {
        return cursorColumn;
    }

    public int cursorRow() {
        return cursorRow;
    }

    public boolean cursorVisible() {
        return cursorVisible;
    }

    /** The DECSCUSR cursor shape: 0 default, 1/2 block, 3/4 underline, 5/6 bar (odd ones blink). */
    public int cursorStyle() {
        return cursorStyle;
    }

    public String title() {
        return title;
    }

    public boolean applicationCursorKeys() {
        return applicationCursorKeys;
    }

    public boolean applicationKeypad() {
        return applicationKeypad;
    }

    public boolean bracketedPaste() {
        return bracketedPaste;
    }

    public boolean focusEvents() {
        return focusEvents;
    }

    public MouseTracking mouseTracking() {
        return mouseTracking;
    }

    public MouseEncoding mouseEncoding() {
        if (mouseSgr) {
            return MouseEncoding.SGR;
        }
        return mouseUtf8 ? MouseEncoding.UTF8 : MouseEncoding.X10;
    }

    public boolean alternateScreen() {
        return grid == alternate;
    }

    /** Visible row {@code row}, 0 at the top. Lines are views: do not keep them across feeds. */
    public Line line(int row) {
        return grid.line(row);
    }

    /** Lines in the main screen's history (the alternate screen has none). */
    public int historySize() {
        return main.history().size();
    }

    /** History line {@code index}, 0 being the oldest; it may be narrower or wider than the screen. */
    public Line historyLine(int index) {
        return main.history().get(index);
    }

    /** Line {@code index} counting from the oldest history line on through the visible rows, as tmux numbers them. */
    public Line historyOrVisibleLine(int index) {
        int history = historySize();
        return index < history ? historyLine(index) : line(index - history);
    }

    /** Row {@code row} of the main screen while the alternate screen hides it, else null. */
    public Line hiddenMainLine(int row) {
        return alternateScreen() ? main.line(row) : null;
    }

    public void clearHistory() {
        main.history().clear();
    }

    /** Whether history holds lines that {@link #packHistory()} would pack. */
    public boolean hasHistoryToPack() {
        return main.history().hasOldToPack();
    }

    /** Packs older history now; to be called when output pauses (History says why). */
    public void packHistory() {
        main.history().packOld();
    }

    /** The visible rows as {@code tmux capture-pane -p} prints them: trailing blanks trimmed, each ending in a newline. */
    public String captureVisibleText() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            text.append(grid.line(row).plainText()).append('\n');
        }
        return text.toString();
    }

    // ---- size ----------------------------------------------------------------------------------

    /** Changes the size without reflowing lines; see {@link Grid#resize} for where rows go. */
    public void resize(int newColumns, int newRows) {
        int width = Math.max(1, newColumns);
        int height = Math.max(1, newRows);
        if (width == columns && height == rows) {
            return;
        }
        if (alternate != null) {
            alternate.resize(width, height, cursorRow);
            int savedRow = main.resize(width, height, savedForAlternate == null ? 0 : savedForAlternate.row());
            if (savedForAlternate != null) {
                savedForAlternate = new SavedCursor(savedForAlternate.column(), Math.max(0, savedRow),
                    savedForAlternate.pen(), savedForAlternate.charsets(), savedForAlternate.originMode());
            }
            cursorRow = Math.min(cursorRow, height - 1);
        } else {
            cursorRow = main.resize(width, height, cursorRow);
        }
        columns = width;
        rows = height;
        tabStops.resize(width);
        cursorRow = Math.max(0, Math.min(cursorRow, rows - 1));
        cursorColumn = Math.min(cursorColumn, columns - 1);
        pendingWrap = false;
        scrollTop = 0;
        scrollBottom = rows - 1;
    }

    // ---- Performer -----------------------------------------------------------------------------

    @Override
    public void print(int codePoint) {
        int width = WcWidth.of(codePoint);
        boolean runContinues = asciiRun;
        asciiRun = false;
        if (width < 0) {
            return;
        }
        boolean ascii = codePoint < 0x7f;
        long style = ascii && charsets.graphicsInvoked() ? pen | Style.DEC_GRAPHICS : pen;
        boolean plainAscii = ascii && style == pen && autowrap && !insertMode;
        if (codePoint == ZERO_WIDTH_JOINER) {
            joinNext = true;
            return;
        }
        if (joinNext && !plainAscii) {
            joinNext = false;
            addCombining(ZERO_WIDTH_JOINER);
            addCombining(codePoint);
            lastPrinted = -1;
            return;
        }
        if (width == 0) {
            addCombining(codePoint);
            lastPrinted = -1;
            return;
        }
        lastPrinted = ascii ? codePoint : -1;
        if (width > columns) {
            return;
        }
        if (insertMode && !pendingWrap) {
            // Room is made before wrapping, so a character that wraps overwrites the next line's
            // first cell instead of pushing it right: tmux's order, kept for identical screens.
            grid.line(cursorRow).insert(cursorColumn, width, Style.DEFAULT);
        }
        if (pendingWrap && autowrap) {
            wrapToNextLine();
        }
        if (cursorColumn + width > columns) {
            if (!autowrap) {
                return;
            }
            wrapToNextLine();
        }
        ScreenLine line = grid.line(cursorRow);
        if (plainAscii && !runContinues && cursorColumn == 1 && line.codePoint(1) == Line.WIDE_CONTINUATION) {
            line.writeKeepingWideStart(codePoint, style);
        } else {
            line.write(cursorColumn, codePoint, style, width);
        }
        asciiRun = plainAscii;
        advancePast(width);
    }

    /**
     * Plain ASCII (no DEC graphics, autowrap on, insert mode off, none of which a run can change)
     * is written a line's worth at a time, with the same result as printing each character in turn;
     * otherwise, and for the one case only {@link #print} knows (a run starting over the right half
     * of a wide character in column 0), characters go through print.
     */
    @Override
    public void printAscii(byte[] data, int from, int to) {
        int index = from;
        boolean plain = autowrap && !insertMode && !charsets.graphicsInvoked();
        if (!plain || !asciiRun && !pendingWrap && cursorColumn == 1
                && grid.line(cursorRow).codePoint(1) == Line.WIDE_CONTINUATION) {
            print(data[index++]);
        }
        if (!plain) {
            while (index < to) {
                print(data[index++]);
            }
            return;
        }
        while (index < to) {
            if (pendingWrap) {
                wrapToNextLine();
            }
            int count = Math.min(to - index, columns - cursorColumn);
            grid.line(cursorRow).writeAscii(cursorColumn, data, index, count, pen);
            index += count;
            lastPrinted = data[index - 1];
            advancePast(count);
        }
        asciiRun = true;
    }

    /** Moves the cursor past {@code cells} just written; at the right edge it stays, a wrap pending. */
    private void advancePast(int cells) {
        if (cursorColumn + cells >= columns) {
            cursorColumn = columns - 1;
            pendingWrap = true;
        } else {
            cursorColumn += cells;
            pendingWrap = false;
        }
    }

    @Override
    public void execute(int controlByte) {
        asciiRun = false;
        lastPrinted = -1;
        switch (controlByte) {
            case 0x08 -> backspace();
            case 0x09 -> horizontalTab(1);
            case 0x0a, 0x0b, 0x0c -> lineFeed();
            case 0x0d -> moveTo(0, cursorRow);
            case 0x0e -> charsets = charsets.invoke(true);
            case 0x0f -> charsets = charsets.invoke(false);
            default -> {
            }
        }
    }

    @Override
    public void escDispatch(int intermediates, boolean ignore, int finalByte) {
        asciiRun = false;
        lastPrinted = -1;
        if (ignore) {
            return;
        }
        switch (intermediates) {
            case 0 -> escape(finalByte);
            case '(' -> charsets = charsets.designate(0, finalByte);
            case ')' -> charsets = charsets.designate(1, finalByte);
            case '#' -> {
                if (finalByte == '8') {
                    screenAlignment();
                }
            }
            default -> {
            }
        }
    }

    private void escape(int finalByte) {
        switch (finalByte) {
            case '7' -> saved = saveCursor();
            case '8' -> restoreCursor(saved);
            case 'D' -> lineFeed();
            case 'E' -> {
                moveTo(0, cursorRow);
                lineFeed();
            }
            case 'H' -> tabStops.set(cursorColumn);
            case 'M' -> reverseIndex();
            case 'c' -> fullReset();
            case '=' -> applicationKeypad = true;
            case '>' -> applicationKeypad = false;
            default -> {
            }
        }
    }

    @Override
    public void csiDispatch(Params params, int intermediates, boolean ignore, int finalByte) {
        asciiRun = false;
        int repeatable = lastPrinted;
        lastPrinted = -1;
        if (ignore) {
            return;
        }
        switch (intermediates) {
            case 0 -> csi(params, finalByte, repeatable);
            case '?' -> privateCsi(params, finalByte);
            case '>' -> {
                if (finalByte == 'c' && params.get(0) == 0) {
                    replies.accept(SECONDARY_DEVICE_ATTRIBUTES.clone());
                }
            }
            case '!' -> {
                if (finalByte == 'p') {
                    softReset();
                }
            }
            case ' ' -> {
                if (finalByte == 'q' && params.get(0) <= 6) {
                    cursorStyle = params.get(0);
                }
            }
            default -> {
            }
        }
    }

    /**
     * CSI sequences without a private marker, read as tmux 3.3a reads them: a count of 0 means 1,
     * and a sequence whose parameter has sub-parameters ({@code CSI 1:2 H}) is ignored.
     */
    private void csi(Params params, int finalByte, int repeatable) {
        int count = params.number(0, 1, 1);
        if (count == Params.UNUSABLE && finalByte != 'm' && finalByte != 'h' && finalByte != 'l') {
            return;
        }
        switch (finalByte) {
            case '@' -> editLineFromCursor(line -> line.insert(cursorColumn, count, Style.erased(pen)));
            case 'A' -> moveTo(cursorColumn, Math.max(cursorRow - count, cursorRow >= scrollTop ? scrollTop : 0));
            case 'B', 'e' -> moveTo(cursorColumn, Math.min(cursorRow + count, cursorRow <= scrollBottom ? scrollBottom : rows - 1));
            case 'C', 'a' -> moveTo(Math.min(cursorColumn + count, columns - 1), cursorRow);
            case 'D' -> moveTo(Math.max((pendingWrap ? columns : cursorColumn) - count, 0), cursorRow);
            case 'E' -> moveTo(0, Math.min(cursorRow + count, cursorRow <= scrollBottom ? scrollBottom : rows - 1));
            case 'F' -> moveTo(0, Math.max(cursorRow - count, cursorRow >= scrollTop ? scrollTop : 0));
            case 'G', '`' -> moveTo(Math.min(count, columns) - 1, cursorRow);
            case 'H', 'f' -> {
                int column = params.number(1, 1, 1);
                if (column != Params.UNUSABLE) {
                    moveToOriginRelative(column - 1, count - 1);
                }
            }
            case 'I' -> horizontalTab(count);
            case 'J' -> eraseInDisplay(params.number(0, 0, 0), params.number(1, 0, 0));
            case 'K' -> eraseInLine(params.number(0, 0, 0));
            case 'L' -> insertLines(count);
            case 'M' -> deleteLines(count);
            case 'P' -> editLineFromCursor(line -> line.delete(cursorColumn, count, Style.erased(pen)));
            case 'S' -> grid.scrollUp(scrollTop, scrollBottom, count, Style.erased(pen), true);
            case 'T' -> grid.scrollDown(scrollTop, scrollBottom, count, Style.erased(pen));
            case 'X' -> editLineFromCursor(line -> line.erase(cursorColumn, cursorColumn + count, Style.erased(pen)));
            case 'Z' -> backTab(count);
            case 'b' -> repeat(repeatable, count);
            case 'c' -> {
                if (params.number(0, 0, 0) == 0) {
                    replies.accept(PRIMARY_DEVICE_ATTRIBUTES.clone());
                }
            }
            case 'd' -> moveToOriginRelative(cursorColumn, count - 1);
            case 'g' -> clearTabStops(params.number(0, 0, 0));
            case 'h', 'l' -> {
                for (int index = 0; index < params.size(); index++) {
                    if (params.number(index, 0, Params.UNUSABLE) == 4) {
                        insertMode = finalByte == 'h';
                    }
                }
            }
            case 'm' -> pen = Sgr.apply(pen, params);
            case 'n' -> deviceStatusReport(params.number(0, 0, 0));
            case 'r' -> {
                int bottom = params.number(1, 1, rows);
                if (bottom != Params.UNUSABLE) {
                    setScrollRegion(count - 1, bottom - 1);
                }
            }
            case 's' -> saved = saveCursor();
            case 'u' -> restoreCursor(saved);
            default -> {
            }
        }
    }

    private void privateCsi(Params params, int finalByte) {
        switch (finalByte) {
            case 'h', 'l' -> {
                for (int index = 0; index < params.size(); index++) {
                    setPrivateMode(params.number(index, 0, Params.UNUSABLE), finalByte == 'h');
                }
            }
            case 'J' -> eraseInDisplay(params.number(0, 0, 0), 0);
            case 'K' -> eraseInLine(params.number(0, 0, 0));
            case 'W' -> {
                if (params.get(0) == 5) {
                    tabStops.reset();
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void oscDispatch(byte[] payload, int length) {
        asciiRun = false;
        lastPrinted = -1;
        int separator = 0;
        int command = 0;
        while (separator < length && payload[separator] >= '0' && payload[separator] <= '9' && command < 1000) {
            command = command * 10 + payload[separator] - '0';
            separator++;
        }
        if (separator == 0 || separator >= length || payload[separator] != ';') {
            return;
        }
        if (command == 0 || command == 2) {
            String text = new String(payload, separator + 1, length - separator - 1, StandardCharsets.UTF_8);
            title = text.codePoints()
                .filter(codePoint -> WcWidth.of(codePoint) >= 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        }
    }

    @Override
    public void hook(Params params, int intermediates, boolean ignore, int finalByte) {
        asciiRun = false;
        lastPrinted = -1;
    }

    @Override
    public void put(int dataByte) {
        // Data of an unsupported device control string.
    }

    @Override
    public void unhook() {
        // End of an unsupported device control string.
    }

    // ---- cursor --------------------------------------------------------------------------------

    private void moveTo(int column, int row) {
        cursorColumn = Math.max(0, Math.min(column, columns - 1));
        cursorRow = Math.max(0, Math.min(row, rows - 1));
        pendingWrap = false;
    }

    /** CUP and VPA: in origin mode rows count from the top margin and stay inside the region. */
    private void moveToOriginRelative(int column, int row) {
        if (originMode) {
            moveTo(column, Math.min(scrollTop + row, scrollBottom));
        } else {
            moveTo(column, row);
        }
    }

    /** Moves back one column; from column 0 back onto a line that wrapped, as tmux does. */
    private void backspace() {
        if (pendingWrap) {
            pendingWrap = false;
        } else if (cursorColumn > 0) {
            cursorColumn--;
        } else if (cursorRow > 0 && grid.line(cursorRow - 1).wrapped()) {
            moveTo(columns - 1, cursorRow - 1);
        }
    }

    private void horizontalTab(int count) {
        if (pendingWrap) {
            return;
        }
        for (int step = 0; step < count && cursorColumn < columns - 1; step++) {
            cursorColumn = tabStops.next(cursorColumn);
        }
    }

    private void backTab(int count) {
        int column = cursorColumn;
        for (int step = 0; step < count && column > 0; step++) {
            column = tabStops.previous(column);
        }
        moveTo(column, cursorRow);
    }

    private void lineFeed() {
        if (cursorRow == scrollBottom) {
            grid.scrollUp(scrollTop, scrollBottom, 1, Style.erased(pen), true);
        } else if (cursorRow < rows - 1) {
            cursorRow++;
        }
        pendingWrap = false;
    }

    private void reverseIndex() {
        if (cursorRow == scrollTop) {
            grid.scrollDown(scrollTop, scrollBottom, 1, Style.erased(pen));
        } else if (cursorRow > 0) {
            cursorRow--;
        }
        pendingWrap = false;
    }

    private void wrapToNextLine() {
        grid.line(cursorRow).setWrapped(true);
        cursorColumn = 0;
        lineFeed();
    }

    private SavedCursor saveCursor() {
        return new SavedCursor(cursorColumn, cursorRow, pen, charsets, originMode);
    }

    private void restoreCursor(SavedCursor cursor) {
        moveTo(cursor.column(), cursor.row());
        pen = cursor.pen();
        charsets = cursor.charsets();
        originMode = cursor.originMode();
    }

    // ---- editing -------------------------------------------------------------------------------

    /**
     * Edits the cursor's line from the cursor on; while a wrap is pending nothing changes, because
     * tmux's cursor is then past the last column.
     */
    private void editLineFromCursor(Consumer<ScreenLine> edit) {
        if (!pendingWrap) {
            edit.accept(grid.line(cursorRow));
        }
    }

    private void addCombining(int codePoint) {
        int column = pendingWrap ? cursorColumn : cursorColumn - 1;
        if (column < 0) {
            return;
        }
        ScreenLine line = grid.line(cursorRow);
        if (line.codePoint(column) == Line.WIDE_CONTINUATION && column > 0) {
            column--;
        }
        line.addCombining(column, codePoint);
    }

    /** REP, which in tmux never wraps: at most the rest of the line is filled. */
    private void repeat(int character, int count) {
        int room = pendingWrap ? 0 : columns - cursorColumn;
        for (int step = 0; step < Math.min(count, room) && character >= 0; step++) {
            print(character);
        }
        lastPrinted = -1;
    }

    /**
     * ED. While a wrap is pending the cursor's own cells are past the last column, so mode 0 leaves
     * its line alone and mode 1 clears all of it, as in tmux. Mode 3 clears history only without a
     * second parameter (the Linux console's form).
     */
    private void eraseInDisplay(int mode, int second) {
        long fill = Style.erased(pen);
        switch (mode) {
            case 0 -> {
                if (cursorColumn == 0 && cursorRow == 0 && !pendingWrap) {
                    grid.clearIntoHistory(fill);
                } else {
                    if (!pendingWrap) {
                        grid.eraseCells(cursorRow, cursorColumn, columns, fill);
                    }
                    grid.eraseRows(cursorRow + 1, rows, fill);
                }
            }
            case 1 -> {
                grid.eraseRows(0, cursorRow, fill);
                grid.eraseCells(cursorRow, 0, pendingWrap ? columns : cursorColumn + 1, fill);
            }
            case 2 -> grid.clearIntoHistory(fill);
            case 3 -> {
                if (second == 0) {
                    clearHistory();
                }
            }
            default -> {
            }
        }
    }

    /**
     * EL, as tmux does it: clearing from column 0 (or to the last column) clears the whole line,
     * which is then no longer in use, except that a line never written and a default background
     * leave everything as it was; while a wrap is pending, mode 0 has nothing to clear.
     */
    private void eraseInLine(int mode) {
        long fill = Style.erased(pen);
        boolean wholeLine = mode == 2 || mode == 0 && cursorColumn == 0 && !pendingWrap
            || mode == 1 && (pendingWrap || cursorColumn >= columns - 1);
        if (wholeLine) {
            if (!grid.line(cursorRow).untouched() || fill != Style.DEFAULT) {
                grid.eraseCells(cursorRow, 0, columns, fill);
            }
        } else if (mode == 0 && !pendingWrap) {
            grid.eraseCells(cursorRow, cursorColumn, columns, fill);
        } else if (mode == 1) {
            grid.eraseCells(cursorRow, 0, cursorColumn + 1, fill);
        }
    }

    /**
     * IL, as tmux does it: inside the scroll region lines move within it; outside it they move
     * down to the last row (xterm would ignore the request). The cursor's column stays.
     */
    private void insertLines(int count) {
        grid.scrollDown(cursorRow, lastRowAffectedFromCursor(), count, Style.erased(pen));
    }

    /** DL, the mirror image of {@link #insertLines}; deleted lines never enter history. */
    private void deleteLines(int count) {
        grid.scrollUp(cursorRow, lastRowAffectedFromCursor(), count, Style.erased(pen), false);
    }

    private int lastRowAffectedFromCursor() {
        return cursorRow >= scrollTop && cursorRow <= scrollBottom ? scrollBottom : rows - 1;
    }

    private void screenAlignment() {
        for (int row = 0; row < rows; row++) {
            ScreenLine line = grid.line(row);
            for (int column = 0; column < columns; column++) {
                line.write(column, 'E', Style.DEFAULT, 1);
            }
        }
        scrollTop = 0;
        scrollBottom = rows - 1;
        moveTo(0, 0);
    }

    // ---- modes and state -----------------------------------------------------------------------

    private void setScrollRegion(int top, int bottom) {
        int last = Math.min(bottom, rows - 1);
        if (top >= last) {
            return;
        }
        scrollTop = top;
        scrollBottom = last;
        moveToOriginRelative(0, 0);
    }

    private void clearTabStops(int mode) {
        if (mode == 0) {
            tabStops.clear(cursorColumn);
        } else if (mode == 3) {
            tabStops.clearAll();
        }
    }

    private void deviceStatusReport(int request) {
        if (request == 5) {
            replies.accept(STATUS_OK.clone());
        } else if (request == 6) {
            int row = originMode ? cursorRow - scrollTop : cursorRow;
            replies.accept(ascii("\033[" + (row + 1) + ";" + (cursorColumn + 1) + "R"));
        }
    }

    private void setPrivateMode(int mode, boolean on) {
        switch (mode) {
            case 1 -> applicationCursorKeys = on;
            case 6 -> {
                originMode = on;
                moveToOriginRelative(0, 0);
            }
            case 7 -> autowrap = on;
            case 25 -> cursorVisible = on;
            case 9 -> mouseTracking = on ? MouseTracking.X10 : MouseTracking.OFF;
            case 1000 -> mouseTracking = on ? MouseTracking.BUTTON_PRESSES : MouseTracking.OFF;
            case 1002 -> mouseTracking = on ? MouseTracking.BUTTON_MOTION : MouseTracking.OFF;
            case 1003 -> mouseTracking = on ? MouseTracking.ALL_MOTION : MouseTracking.OFF;
            case 1004 -> focusEvents = on;
            case 1005 -> mouseUtf8 = on;
            case 1006 -> mouseSgr = on;
            case 47, 1047 -> switchScreen(on, false);
            case 1048 -> {
                if (on) {
                    saved = saveCursor();
                } else {
                    restoreCursor(saved);
                }
            }
            case 1049 -> switchScreen(on, true);
            case 2004 -> bracketedPaste = on;
            default -> {
            }
        }
    }

    /**
     * Enters or leaves the alternate screen, which always starts blank and keeps no history. As in
     * tmux, entering always saves the pen, and 1049 also the cursor; leaving with 1049 restores
     * both, and a wrap that was pending is lost.
     */
    private void switchScreen(boolean toAlternate, boolean withCursor) {
        if (toAlternate) {
            if (alternateScreen()) {
                return;
            }
            SavedCursor before = savedForAlternate;
            savedForAlternate = withCursor || before == null
                ? new SavedCursor(withCursor ? cursorColumn : NOT_SAVED, cursorRow, pen, charsets, originMode)
                : new SavedCursor(before.column(), before.row(), pen, charsets, originMode);
            alternate = new Grid(columns, rows, 0);
            grid = alternate;
            return;
        }
        if (withCursor && savedForAlternate != null && savedForAlternate.column() != NOT_SAVED) {
            moveTo(savedForAlternate.column(), savedForAlternate.row());
            pen = savedForAlternate.pen();
        }
        grid = main;
        alternate = null;
        pendingWrap = false;
    }

    /** DECSTR: modes, margins, pen and saved cursor back to their defaults; the text stays. */
    private void softReset() {
        insertMode = false;
        originMode = false;
        autowrap = true;
        cursorVisible = true;
        applicationCursorKeys = false;
        applicationKeypad = false;
        pen = Style.DEFAULT;
        charsets = Charsets.ASCII;
        saved = SavedCursor.HOME;
        scrollTop = 0;
        scrollBottom = rows - 1;
        pendingWrap = false;
    }

    /** RIS: everything but the history and the title back to how a new screen starts. */
    private void fullReset() {
        switchScreen(false, false);
        softReset();
        main.eraseRows(0, rows, Style.DEFAULT);
        savedForAlternate = null;
        tabStops.reset();
        cursorStyle = 0;
        bracketedPaste = false;
        focusEvents = false;
        mouseTracking = MouseTracking.OFF;
        mouseUtf8 = false;
        mouseSgr = false;
        lastPrinted = -1;
        moveTo(0, 0);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
