package dev.mux.server.term;

import java.util.Arrays;

/**
 * A row of the visible screen, the only kind of {@link Line} the {@link Screen} edits: parallel
 * primitive arrays, a code point and a packed {@link Style} per column, always full width so that
 * writing a cell is two array stores. Combining marks and {@link CellExtra extras} are rare, so they
 * live beside the cells ({@link CellSides}), created on first use. A row that scrolls into history is compacted into a
 * {@link HistoryLine} and this object is blanked and reused as the new bottom row.
 *
 * <p>Wide characters are kept the way tmux 3.3a keeps them, because {@code capture-pane} shows its
 * grid as it is: writing a character fixes up any wide character it overwrites, but erasing,
 * inserting and deleting cells do not, so a wide character may lose its continuation cell or a
 * continuation cell its character.
 *
 * <p>Most rows hold short text, so the line remembers how far it was touched since it was last
 * blanked ({@link #touchedEnd()}): blanking it again and compacting it look only at those cells.
 */
final class ScreenLine extends Line {
    private int[] codePoints;
    private long[] styles;
    /** Combining marks and {@link CellExtra extras} by column: null until a cell takes one. */
    private CellSides sides;
    private boolean wrapped;
    /** {@link Line#PROMPT_START} and {@link Line#OUTPUT_START}, until the next reset. */
    private int promptMarks;
    private int used;
    /** Cells from here on are still blanks in {@link #blankStyle}, as the last {@link #reset} left them. */
    private int touchedEnd;
    private long blankStyle = Style.DEFAULT;
    /**
     * Some cell may hold what {@link #copyPlainCells} cannot copy as it is (a character that is not
     * {@link #isPlainNarrow plain and narrow}, or a DEC graphics style), until the next reset: saves
     * looking at every cell of every row for every frame.
     */
    private boolean special;
    /** Counts the edits of the cells: see {@link #version()}. */
    private long version;

    ScreenLine(int columns) {
        codePoints = new int[columns];
        styles = new long[columns];
        Arrays.fill(codePoints, BLANK);
    }

    /**
     * A line of the given cells, taken as they are ({@link EditableLines}, {@link #copy}): those
     * before {@code touchedEnd} may be anything, those after are blanks (in the default style, unless
     * the caller says otherwise).
     */
    ScreenLine(int[] codePoints, long[] styles, CellSides sides, int used, int touchedEnd, boolean wrapped,
               int promptMarks) {
        this.codePoints = codePoints;
        this.styles = styles;
        this.sides = sides;
        this.used = used;
        this.touchedEnd = touchedEnd;
        this.wrapped = wrapped;
        this.promptMarks = promptMarks;
        for (int column = 0; column < touchedEnd; column++) {
            noteCell(codePoints[column], styles[column]);
        }
    }

    @Override
    public int columns() {
        return codePoints.length;
    }

    @Override
    public int codePoint(int column) {
        return codePoints[column];
    }

    @Override
    public long style(int column) {
        return styles[column];
    }

    @Override
    public String marks(int column) {
        return sides == null ? null : sides.marks(column);
    }

    @Override
    public CellExtra extra(int column) {
        return sides == null ? null : sides.extra(column);
    }

    /** Gives cells {@code [column, column + count)} an underline colour or hyperlink, as written with the pen's. */
    void putExtra(int column, int count, CellExtra extra) {
        sides().putExtra(column, count, extra, codePoints.length);
    }

    /** Whether some cell may carry a {@link CellExtra} (then readers look cell by cell). */
    boolean hasExtras() {
        return sides != null && sides.hasExtras();
    }

    private CellSides sides() {
        if (sides == null) {
            sides = new CellSides();
        }
        return sides;
    }

    /**
     * Most screen rows are plain text, which a client's frame takes as two array copies instead of
     * cell by cell: painting a 120x40 window for an echoed key took ~70 us in a fresh server and
     * takes ~30 now, ~4 once compiled (FramePaintTest says what the copy must keep).
     */
    @Override
    public boolean copyPlainCells(int count, int[] toCodePoints, long[] toStyles, int offset) {
        if (count > codePoints.length || hasMarks() || special || hasExtras()) return false;
        System.arraycopy(codePoints, 0, toCodePoints, offset, count);
        System.arraycopy(styles, 0, toStyles, offset, count);
        return true;
    }

    @Override
    public long version() {
        return version;
    }

    /** Whether any cell has combining marks: saves looking each cell up in the map. */
    boolean hasMarks() {
        return sides != null && sides.hasMarks();
    }

    @Override
    public int used() {
        return used;
    }

    /** True if no cell was ever written or coloured since the line was made or last blanked by default. */
    boolean untouched() {
        if (used > 0 || touchedEnd < styles.length && blankStyle != Style.DEFAULT) {
            return false;
        }
        for (int column = 0; column < touchedEnd; column++) {
            if (styles[column] != Style.DEFAULT) {
                return false;
            }
        }
        return true;
    }

    /** Cells from this column on are blanks without marks in {@link #blankStyle()}. */
    int touchedEnd() {
        return touchedEnd;
    }

    /** The style of the blanks from {@link #touchedEnd()} on: the fill of the last {@link #reset}. */
    long blankStyle() {
        return blankStyle;
    }

    @Override
    public boolean wrapped() {
        return wrapped;
    }

    /** An independent copy: copy mode shows the screen as it was when the mode began, as tmux does. */
    @Override
    public ScreenLine copy() {
        ScreenLine copy = new ScreenLine(codePoints.clone(), styles.clone(), sides == null ? null : sides.copy(), used,
                touchedEnd, wrapped, promptMarks);
        copy.blankStyle = blankStyle;
        copy.special = special;
        return copy;
    }

    void setWrapped(boolean wrapped) {
        this.wrapped = wrapped;
    }

    @Override
    public int promptMarks() {
        return promptMarks;
    }

    /** OSC 133: marks the line where a prompt or a command's output starts. */
    void addPromptMarks(int marks) {
        version++;
        promptMarks |= marks;
    }

    /**
     * Writes a character of width 1 or 2 (a wide one also fills the next column). Any wide
     * character it partly covers is blanked whole, with the default style, as tmux does.
     */
    void write(int column, int codePoint, long style, int width) {
        if (codePoints[column] == WIDE_CONTINUATION) {
            for (int left = column - 1; left >= 0; left--) {
                boolean continuation = codePoints[left] == WIDE_CONTINUATION;
                setCell(left, BLANK, Style.DEFAULT);
                if (!continuation) {
                    break;
                }
            }
        }
        for (int right = column + width; right < codePoints.length && codePoints[right] == WIDE_CONTINUATION; right++) {
            setCell(right, BLANK, Style.DEFAULT);
        }
        setCell(column, codePoint, style);
        if (width == 2) {
            setCell(column + 1, WIDE_CONTINUATION, style);
        }
        used = Math.max(used, column + width);
    }

    /**
     * Writes {@code count} narrow characters from {@code data[from]} on at {@code column}, all in
     * one style, as {@link #write} of each in turn would: only the first can cut a wide character
     * on its left and only the last one on its right.
     */
    void writeAscii(int column, byte[] data, int from, int count, long style) {
        version++;
        int end = column + count;
        if (codePoints[column] == WIDE_CONTINUATION) {
            write(column, data[from], style, 1);
        }
        for (int index = 0; index < count; index++) {
            codePoints[column + index] = data[from + index];
        }
        Arrays.fill(styles, column, end, style);
        noteCell(BLANK, style);
        touchedEnd = Math.max(touchedEnd, end);
        if (sides != null) {
            sides.clear(column, end);
        }
        for (int right = end; right < codePoints.length && codePoints[right] == WIDE_CONTINUATION; right++) {
            setCell(right, BLANK, Style.DEFAULT);
        }
        used = Math.max(used, end);
    }

    /** The styles of the line's cells as runs ({@link HistoryLine}), read from the array rather than cell by cell. */
    StyleRuns styleRuns(int defaultFrom) {
        return StyleRuns.of(styles, defaultFrom);
    }

    /**
     * Writes a character over the continuation cell in column 1 but keeps the wide character in
     * column 0: tmux 3.3a does this when a run of plain ASCII starts there (its backwards search for
     * the wide character stops before column 0).
     */
    void writeKeepingWideStart(int codePoint, long style) {
        setCell(1, codePoint, style);
        for (int right = 2; right < codePoints.length && codePoints[right] == WIDE_CONTINUATION; right++) {
            setCell(right, BLANK, Style.DEFAULT);
        }
        used = Math.max(used, 2);
    }

    void addCombining(int column, int codePoint) {
        version++;
        touchedEnd = Math.max(touchedEnd, column + 1);
        sides().addMark(column, codePoint);
    }

    /** Blanks columns {@code [from, to)}, clipped to the line. */
    void erase(int from, int to, long style) {
        int start = Math.max(0, from);
        int end = Math.min(codePoints.length, to);
        if (start >= end) {
            return;
        }
        for (int column = start; column < end; column++) {
            setCell(column, BLANK, style);
        }
    }

    /**
     * Inserts {@code count} blanks at {@code column}, pushing cells to the right off the line. As in
     * tmux 3.3a: in the last column the cell is only erased; a count that would push out every cell
     * from the cursor on changes nothing; otherwise the whole line is then in use.
     */
    void insert(int column, int count, long style) {
        version++;
        int shift = Math.min(count, codePoints.length - column);
        if (column >= codePoints.length - 1) {
            erase(column, column + 1, style);
            return;
        }
        if (shift <= 0 || shift == codePoints.length - column) {
            return;
        }
        used = codePoints.length;
        touchedEnd = codePoints.length;
        if (sides != null) {
            sides.shift(column, shift, codePoints.length);
        }
        System.arraycopy(codePoints, column, codePoints, column + shift, codePoints.length - column - shift);
        System.arraycopy(styles, column, styles, column + shift, styles.length - column - shift);
        Arrays.fill(codePoints, column, column + shift, BLANK);
        Arrays.fill(styles, column, column + shift, style);
        noteCell(BLANK, style);
    }

    /**
     * Deletes {@code count} cells at {@code column}, pulling cells from the right and blanking the
     * end; the cells pulled in count as in use.
     */
    void delete(int column, int count, long style) {
        version++;
        int shift = Math.min(count, codePoints.length - column);
        if (shift <= 0) {
            return;
        }
        int end = codePoints.length;
        if (end - column - shift > 0) {
            used = Math.max(used, end - shift);
        }
        touchedEnd = codePoints.length;
        if (sides != null) {
            sides.shift(column, -shift, end);
        }
        System.arraycopy(codePoints, column + shift, codePoints, column, end - column - shift);
        System.arraycopy(styles, column + shift, styles, column, end - column - shift);
        Arrays.fill(codePoints, end - shift, end, BLANK);
        Arrays.fill(styles, end - shift, end, style);
        noteCell(BLANK, style);
    }

    /** Makes the line {@code columns} wide, cutting or padding with default blanks at the right. */
    void resize(int columns) {
        version++;
        int old = codePoints.length;
        if (columns == old) {
            return;
        }
        codePoints = Arrays.copyOf(codePoints, columns);
        styles = Arrays.copyOf(styles, columns);
        touchedEnd = columns; // new cells are default blanks, maybe not in the blank style
        if (columns > old) {
            Arrays.fill(codePoints, old, columns, BLANK);
        }
        if (sides != null) {
            sides.resize(columns);
        }
        used = Math.min(used, columns);
        repairWideCharacters();
    }

    /**
     * Blanks the whole line, forgets it wrapped and that any cell was used, for reuse as a new line.
     * Blanking in the same style as last time only needs to blank the cells touched since.
     */
    void reset(long style) {
        version++;
        int end = style == blankStyle ? touchedEnd : codePoints.length;
        Arrays.fill(codePoints, 0, end, BLANK);
        Arrays.fill(styles, 0, end, style);
        touchedEnd = 0;
        blankStyle = style;
        special = false;
        noteCell(BLANK, style);
        sides = null;
        wrapped = false;
        promptMarks = 0;
        used = 0;
    }

    private void setCell(int column, int codePoint, long style) {
        version++;
        if (column >= touchedEnd) {
            touchedEnd = column + 1;
        }
        codePoints[column] = codePoint;
        styles[column] = style;
        noteCell(codePoint, style);
        if (sides != null) {
            sides.clear(column, column + 1);
        }
    }

    private void noteCell(int codePoint, long style) {
        // DEC_GRAPHICS is the sign bit: a negative style is a cell to translate.
        if (!isPlainNarrow(codePoint) || style < 0) special = true;
    }

    /** After a resize cut the line: blanks any wide character that lost its continuation and any orphaned continuation. */
    private void repairWideCharacters() {
        for (int column = 0; column < codePoints.length; column++) {
            boolean wide = codePoints[column] != WIDE_CONTINUATION && WcWidth.of(codePoints[column]) == 2;
            boolean continued = column + 1 < codePoints.length && codePoints[column + 1] == WIDE_CONTINUATION;
            if (wide && continued) {
                column++;
            } else if (wide || codePoints[column] == WIDE_CONTINUATION) {
                setCell(column, BLANK, Style.erased(styles[column]));
            }
        }
    }
}
