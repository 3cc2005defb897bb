package dev.mux.server.term;

import java.util.function.Consumer;

/**
 * The edits around a {@link Screen}'s cursor: erasing, inserting and deleting characters and lines,
 * and scrolling the region, as tmux 3.3a does each, and marking the cursor's line for OSC 133.
 * Erased cells take the pen's background. While a wrap is pending tmux's cursor is past the last
 * column, which several edits take into account.
 */
final class ScreenEdits {
    private final Screen screen;
    private final Cursor cursor;
    private PaneSettings settings = PaneSettings.DEFAULTS;

    ScreenEdits(Screen screen) {
        this.screen = screen;
        this.cursor = screen.cursor();
    }

    void useSettings(PaneSettings paneSettings) {
        settings = paneSettings;
    }

    private long fill() {
        return Style.erased(screen.pen());
    }

    /** Edits the cursor's line from the cursor on; while a wrap is pending nothing changes. */
    private void editLineFromCursor(Consumer<ScreenLine> edit) {
        if (!cursor.pendingWrap()) {
            edit.accept(screen.grid().line(cursor.row()));
        }
    }

    /** ICH. */
    void insertCharacters(int count) {
        editLineFromCursor(line -> line.insert(cursor.column(), count, fill()));
    }

    /** DCH. */
    void deleteCharacters(int count) {
        editLineFromCursor(line -> line.delete(cursor.column(), count, fill()));
    }

    /** ECH. */
    void eraseCharacters(int count) {
        editLineFromCursor(line -> line.erase(cursor.column(), cursor.column() + count, fill()));
    }

    /**
     * ED. While a wrap is pending the cursor's own cells are past the last column, so mode 0 leaves
     * its line alone and mode 1 clears all of it, as in tmux. Mode 3 clears history only without a
     * second parameter (the Linux console's form).
     */
    void eraseInDisplay(int mode, int second) {
        Grid grid = screen.grid();
        long fill = fill();
        int column = cursor.column();
        int row = cursor.row();
        boolean pendingWrap = cursor.pendingWrap();
        switch (mode) {
            case 0 -> {
                if (column == 0 && row == 0 && !pendingWrap && settings.scrollOnClear()) {
                    grid.clearIntoHistory(fill);
                } else {
                    if (!pendingWrap) {
                        grid.eraseCells(row, column, cursor.columns(), fill);
                    }
                    grid.eraseRows(row + 1, cursor.rows(), fill);
                }
            }
            case 1 -> {
                grid.eraseRows(0, row, fill);
                grid.eraseCells(row, 0, pendingWrap ? cursor.columns() : column + 1, fill);
            }
            case 2 -> {
                if (settings.scrollOnClear()) {
                    grid.clearIntoHistory(fill);
                } else {
                    grid.eraseRows(0, cursor.rows(), fill);
                }
            }
            case 3 -> {
                if (second == 0) {
                    screen.clearHistory();
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
    void eraseInLine(int mode) {
        Grid grid = screen.grid();
        long fill = fill();
        int column = cursor.column();
        int row = cursor.row();
        int columns = cursor.columns();
        boolean pendingWrap = cursor.pendingWrap();
        boolean wholeLine = mode == 2 || mode == 0 && column == 0 && !pendingWrap
            || mode == 1 && (pendingWrap || column >= columns - 1);
        if (wholeLine) {
            if (!grid.line(row).untouched() || fill != Style.DEFAULT) {
                grid.eraseCells(row, 0, columns, fill);
            }
        } else if (mode == 0 && !pendingWrap) {
            grid.eraseCells(row, column, columns, fill);
        } else if (mode == 1) {
            grid.eraseCells(row, 0, column + 1, fill);
        }
    }

    /**
     * IL, as tmux does it: inside the scroll region lines move within it; outside it they move
     * down to the last row (xterm would ignore the request). The cursor's column stays.
     */
    void insertLines(int count) {
        screen.grid().scrollDown(cursor.row(), cursor.lastRowAffected(), count, fill());
    }

    /** DL, the mirror image of {@link #insertLines}; deleted lines never enter history. */
    void deleteLines(int count) {
        screen.grid().scrollUp(cursor.row(), cursor.lastRowAffected(), count, fill(), false);
    }

    /** SU: the region's top lines go to history. */
    void scrollUp(int count) {
        screen.grid().scrollUp(cursor.top(), cursor.bottom(), count, fill(), true);
    }

    /** SD. */
    void scrollDown(int count) {
        screen.grid().scrollDown(cursor.top(), cursor.bottom(), count, fill());
    }

    /** DECALN: the screen full of E's, the margins reset and the cursor home. */
    void screenAlignment() {
        Grid grid = screen.grid();
        for (int row = 0; row < cursor.rows(); row++) {
            ScreenLine line = grid.line(row);
            for (int column = 0; column < cursor.columns(); column++) {
                line.write(column, 'E', Style.DEFAULT, 1);
            }
        }
        cursor.resetRegion();
        cursor.moveTo(0, 0);
    }

    /**
     * OSC 133 as tmux 3.4 keeps it: {@code A} marks the cursor's line as where a prompt starts,
     * {@code C} as where a command's output starts; the other kinds mean nothing here.
     */
    void markPrompt(int kind) {
        int mark = kind == 'A' ? Line.PROMPT_START : kind == 'C' ? Line.OUTPUT_START : 0;
        if (mark != 0) {
            screen.grid().line(cursor.row()).addPromptMarks(mark);
        }
    }
}
