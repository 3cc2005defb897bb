package dev.mux.server.term;

/**
 * Text as a {@link Screen} takes it: characters written at the cursor with the pen, wrapping at the
 * right margin, wide characters, combining marks and zero width joiners, REP, and the runs of plain
 * ASCII that the print path writes a line's worth at a time. It keeps what text alone needs to
 * remember between characters; the grid, cursor, pen, charsets and modes are the screen's.
 */
final class ScreenText {
    private static final int ZERO_WIDTH_JOINER = 0x200d;

    private final Screen screen;
    private final Cursor cursor;
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

    ScreenText(Screen screen, Cursor cursor) {
        this.screen = screen;
        this.cursor = cursor;
    }

    /**
     * The end of one read of the program's output: a zero width joiner joins only within the read
     * it came in, as tmux's joins only within one parse of the bytes it read.
     */
    void endOfRead() {
        joinNext = false;
    }

    void print(int codePoint) {
        Cursor cursor = this.cursor;
        int width = WcWidth.of(codePoint);
        boolean runContinues = asciiRun;
        asciiRun = false;
        if (width < 0) {
            return;
        }
        long pen = screen.pen();
        Modes modes = screen.modes();
        boolean ascii = codePoint < 0x7f;
        long style = ascii && screen.charsets().graphicsInvoked() ? pen | Style.DEC_GRAPHICS : pen;
        boolean autowrap = modes.autowrap();
        boolean insertMode = modes.insertMode();
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
        int columns = cursor.columns();
        if (width > columns) {
            return;
        }
        Grid grid = screen.grid();
        if (insertMode && !cursor.pendingWrap()) {
            // Room is made before wrapping, so a character that wraps overwrites the next line's
            // first cell instead of pushing it right: tmux's order, kept for identical screens.
            grid.line(cursor.row()).insert(cursor.column(), width, Style.DEFAULT);
        }
        if (cursor.pendingWrap() && autowrap) {
            wrapToNextLine(grid);
        }
        if (cursor.column() + width > columns) {
            if (!autowrap) {
                return;
            }
            wrapToNextLine(grid);
        }
        int column = cursor.column();
        ScreenLine line = grid.line(cursor.row());
        if (plainAscii && !runContinues && column == 1 && line.codePoint(1) == Line.WIDE_CONTINUATION) {
            line.writeKeepingWideStart(codePoint, style);
        } else {
            line.write(column, codePoint, style, width);
        }
        CellExtra extra = screen.extras().pen();
        if (extra != null) {
            line.putExtra(column, width, extra);
        }
        asciiRun = plainAscii;
        cursor.advancePast(width);
    }

    /**
     * Printable ASCII in {@code data[from, to)}, with the same result as {@link #print} of each byte
     * in turn. Plain ASCII (no DEC graphics, autowrap on, insert mode off, none of which a run can
     * change) is written a line's worth at a time; otherwise, and for the one case only print knows
     * (a run starting over the right half of a wide character in column 0), characters go through
     * print.
     */
    void printAscii(byte[] data, int from, int to) {
        // Called for every run between two sequences, often a few bytes long: each load counts.
        Cursor cursor = this.cursor;
        Grid grid = screen.grid();
        int index = from;
        boolean plain = screen.modes().overwritesAndWraps() && !screen.charsets().graphicsInvoked();
        if (!plain || !asciiRun && !cursor.pendingWrap() && cursor.column() == 1
                && grid.line(cursor.row()).codePoint(1) == Line.WIDE_CONTINUATION) {
            print(data[index++]);
        }
        if (!plain) {
            while (index < to) {
                print(data[index++]);
            }
            return;
        }
        long pen = screen.pen();
        CellExtras extras = screen.extras();
        while (index < to) {
            if (cursor.pendingWrap()) {
                wrapToNextLine(grid);
            }
            int column = cursor.column();
            int count = Math.min(to - index, cursor.columns() - column);
            ScreenLine line = grid.line(cursor.row());
            line.writeAscii(column, data, index, count, pen);
            CellExtra extra = extras.pen();
            if (extra != null) {
                line.putExtra(column, count, extra);
            }
            index += count;
            lastPrinted = data[index - 1];
            cursor.advancePast(count);
        }
        asciiRun = true;
    }

    /**
     * Something other than text came (a control or a sequence): a run of plain text ends, and REP
     * has nothing left to repeat.
     *
     * @return the character REP would have repeated up to now, -1 if none
     */
    int endText() {
        int repeatable = lastPrinted;
        asciiRun = false;
        lastPrinted = -1;
        return repeatable;
    }

    /** REP, which in tmux never wraps: at most the rest of the line is filled; -1 repeats nothing. */
    void repeat(int character, int count) {
        int room = cursor.pendingWrap() ? 0 : cursor.columns() - cursor.column();
        for (int step = 0; step < Math.min(count, room) && character >= 0; step++) {
            print(character);
        }
        lastPrinted = -1;
    }

    /** RIS: nothing is left to repeat. */
    void reset() {
        lastPrinted = -1;
    }

    private void addCombining(int codePoint) {
        int column = cursor.pendingWrap() ? cursor.column() : cursor.column() - 1;
        if (column < 0) {
            return;
        }
        ScreenLine line = screen.grid().line(cursor.row());
        if (line.codePoint(column) == Line.WIDE_CONTINUATION && column > 0) {
            column--;
        }
        line.addCombining(column, codePoint);
    }

    private void wrapToNextLine(Grid grid) {
        grid.line(cursor.row()).setWrapped(true);
        cursor.carriageReturn();
        screen.lineFeed();
    }
}
