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
    private SavedCursor savedForAlternate = SavedCursor.HOME;
    private int scrollTop;
    private int scrollBottom;
    private final TabStops tabStops;
    /** The character REP repeats: an ASCII one printed just before, as tmux has it; -1 if none. */
    private int lastPrinted = -1;

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

    public void clearHistory() {
        main.history().clear();
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
            int savedRow = main.resize(width, height, savedForAlternate.row());
            savedForAlternate = new SavedCursor(savedForAlternate.column(), Math.max(0, savedRow),
                false, savedForAlternate.pen(), savedForAlternate.charsets(), savedForAlternate.originMode());
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
        if (width < 0) {
            return;
        }
        long style = charsets.graphicsInvoked() && codePoint >= 0x5f && codePoint <= 0x7e
            ? pen | Style.DEC_GRAPHICS : pen;
        if (width == 0) {
            addCombining(codePoint);
            lastPrinted = -1;
            return;
        }
        lastPrinted = codePoint < 0x7f ? codePoint : -1;
        if (width > columns) {
            return;
        }
        if (insertMode && !pendingWrap) {
            // Room is made before wrapping, so a character that wraps overwrites the next line's
            // first cell instead of pushing it right: tmux's order, kept for identical screens.
            grid.line(cursorRow).insert(cursorColumn, width, Style.erased(pen));
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
        grid.line(cursorRow).write(cursorColumn, codePoint, style, width);
        if (cursorColumn + width >= columns) {
            cursorColumn = columns - 1;
            pendingWrap = true;
        } else {
            cursorColumn += width;
            pendingWrap = false;
        }
    }

    @Override
    public void execute(int controlByte) {
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

    private void csi(Params params, int finalByte, int repeatable) {
        int count = params.getOr(0, 1);
        switch (finalByte) {
            case '@' -> editLine(line -> line.insert(cursorColumn, count, Style.erased(pen)));
            case 'A' -> moveTo(cursorColumn, Math.max(cursorRow - count, cursorRow >= scrollTop ? scrollTop : 0));
            case 'B', 'e' -> moveTo(cursorColumn, Math.min(cursorRow + count, cursorRow <= scrollBottom ? scrollBottom : rows - 1));
            case 'C', 'a' -> moveTo(Math.min(cursorColumn + count, columns - 1), cursorRow);
            case 'D' -> moveTo(Math.max(cursorColumn - count, 0), cursorRow);
            case 'E' -> moveTo(0, Math.min(cursorRow + count, cursorRow <= scrollBottom ? scrollBottom : rows - 1));
            case 'F' -> moveTo(0, Math.max(cursorRow - count, cursorRow >= scrollTop ? scrollTop : 0));
            case 'G', '`' -> moveTo(Math.min(count, columns) - 1, cursorRow);
            case 'H', 'f' -> moveToOriginRelative(params.getOr(1, 1) - 1, params.getOr(0, 1) - 1);
            case 'I' -> horizontalTab(count);
            case 'J' -> eraseInDisplay(params.get(0));
            case 'K' -> eraseInLine(params.get(0));
            case 'L' -> insertLines(count);
            case 'M' -> deleteLines(count);
            case 'P' -> editLine(line -> line.delete(cursorColumn, count, Style.erased(pen)));
            case 'S' -> grid.scrollUp(scrollTop, scrollBottom, count, Style.erased(pen), true);
            case 'T' -> {
                if (params.size() <= 1) {
                    grid.scrollDown(scrollTop, scrollBottom, count, Style.erased(pen));
                }
            }
            case 'X' -> editLine(line -> line.erase(cursorColumn, cursorColumn + count, Style.erased(pen)));
            case 'Z' -> backTab(count);
            case 'b' -> repeat(repeatable, count);
            case 'c' -> {
                if (params.get(0) == 0) {
                    replies.accept(PRIMARY_DEVICE_ATTRIBUTES.clone());
                }
            }
            case 'd' -> moveToOriginRelative(cursorColumn, count - 1);
            case 'g' -> clearTabStops(params.get(0));
            case 'h', 'l' -> {
                for (int index = 0; index < params.size(); index++) {
                    if (params.get(index) == 4) {
                        insertMode = finalByte == 'h';
                    }
                }
            }
            case 'm' -> pen = Sgr.apply(pen, params);
            case 'n' -> deviceStatusReport(params.get(0));
            case 'r' -> setScrollRegion(params.getOr(0, 1) - 1, params.getOr(1, rows) - 1);
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
                    setPrivateMode(params.get(index), finalByte == 'h');
                }
            }
            case 'J' -> eraseInDisplay(params.get(0));
            case 'K' -> eraseInLine(params.get(0));
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
        return new SavedCursor(cursorColumn, cursorRow, pendingWrap, pen, charsets, originMode);
    }

    private void restoreCursor(SavedCursor cursor) {
        moveTo(cursor.column(), cursor.row());
        pendingWrap = cursor.pendingWrap() && cursorColumn == columns - 1;
        pen = cursor.pen();
        charsets = cursor.charsets();
        originMode = cursor.originMode();
    }

    // ---- editing -------------------------------------------------------------------------------

    private void editLine(Consumer<Line> edit) {
        edit.accept(grid.line(cursorRow));
        pendingWrap = false;
    }

    private void addCombining(int codePoint) {
        int column = pendingWrap ? cursorColumn : cursorColumn - 1;
        if (column < 0) {
            return;
        }
        Line line = grid.line(cursorRow);
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

    private void eraseInDisplay(int mode) {
        long fill = Style.erased(pen);
        switch (mode) {
            case 0 -> {
                if (cursorColumn == 0 && cursorRow == 0) {
                    grid.clearIntoHistory(fill);
                } else {
                    grid.eraseCells(cursorRow, cursorColumn, columns, fill);
                    grid.eraseRows(cursorRow + 1, rows, fill);
                }
            }
            case 1 -> {
                grid.eraseRows(0, cursorRow, fill);
                grid.eraseCells(cursorRow, 0, cursorColumn + 1, fill);
            }
            case 2 -> grid.clearIntoHistory(fill);
            case 3 -> clearHistory();
            default -> {
            }
        }
        pendingWrap = false;
    }

    private void eraseInLine(int mode) {
        long fill = Style.erased(pen);
        switch (mode) {
            case 0 -> grid.eraseCells(cursorRow, cursorColumn, columns, fill);
            case 1 -> grid.eraseCells(cursorRow, 0, cursorColumn + 1, fill);
            case 2 -> grid.eraseCells(cursorRow, 0, columns, fill);
            default -> {
            }
        }
        pendingWrap = false;
    }

    /**
     * IL, as tmux does it: inside the scroll region lines move within it; outside it they move
     * down to the last row (xterm would ignore the request). The cursor's column stays.
     */
    private void insertLines(int count) {
        grid.scrollDown(cursorRow, lastRowAffectedFromCursor(), count, Style.erased(pen));
        pendingWrap = false;
    }

    /** DL, the mirror image of {@link #insertLines}; deleted lines never enter history. */
    private void deleteLines(int count) {
        grid.scrollUp(cursorRow, lastRowAffectedFromCursor(), count, Style.erased(pen), false);
        pendingWrap = false;
    }

    private int lastRowAffectedFromCursor() {
        return cursorRow >= scrollTop && cursorRow <= scrollBottom ? scrollBottom : rows - 1;
    }

    private void screenAlignment() {
        for (int row = 0; row < rows; row++) {
            Line line = grid.line(row);
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

    /** Enters or leaves the alternate screen, which always starts blank and keeps no history. */
    private void switchScreen(boolean toAlternate, boolean withCursor) {
        if (toAlternate == alternateScreen()) {
            return;
        }
        if (toAlternate) {
            if (withCursor) {
                savedForAlternate = saveCursor();
            }
            alternate = new Grid(columns, rows, 0);
            grid = alternate;
        } else {
            grid = main;
            alternate = null;
            if (withCursor) {
                restoreCursor(savedForAlternate);
            }
        }
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
        savedForAlternate = SavedCursor.HOME;
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
