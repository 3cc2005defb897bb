package dev.mux.server.term;

/**
 * One row of cells as readers see it (renderer, capture, copy mode): per column a code point, a
 * packed {@link Style} and any combining marks. A wide character occupies its column and a
 * {@link #WIDE_CONTINUATION} cell to the right; readers skip continuation cells and must cope with
 * a wide character that lost its continuation cell or a continuation cell that lost its character
 * (tmux 3.3a keeps its grid that way, see {@link ScreenLine}).
 *
 * <p>Two forms, both read through this API: a {@link ScreenLine} is a visible row, full width and
 * editable by the {@link Screen}; a {@link HistoryLine} is an immutable, compact row of scrollback,
 * which stores only the cells that differ from a default blank and reads the rest as such.
 *
 * <p>{@link #used()} mirrors tmux's "cells in use": the cells ever written since the line was last
 * blanked as a whole. Capturing without trimming ({@code -N}, {@code -J}) prints exactly those.
 */
public abstract sealed class Line permits ScreenLine, HistoryLine {
    /** Code point stored in the right half of a wide character. */
    public static final int WIDE_CONTINUATION = 0;
    /** Combining marks kept per cell; more are dropped, bounding memory for hostile input. */
    public static final int MAX_COMBINING = 8;

    /** {@link #promptMarks()} bit: a shell prompt starts on this line (OSC 133 ; A). */
    public static final int PROMPT_START = 1;
    /** {@link #promptMarks()} bit: a command's output starts on this line (OSC 133 ; C). */
    public static final int OUTPUT_START = 2;

    /** What a cell holds when nothing was written to it. */
    static final int BLANK = ' ';

    Line() {
    }

    /** The line's width in cells; a history line keeps the width the screen had when it left. */
    public abstract int columns();

    public abstract int codePoint(int column);

    public abstract long style(int column);

    /** The combining marks of a cell, or null if it has none. */
    public abstract String marks(int column);

    /** The cell's underline colour and hyperlink, or null if it has neither. */
    public abstract CellExtra extra(int column);

    /** How many cells from the left are in use; see the class comment. */
    public abstract int used();

    /** The shell's OSC 133 marks on this line: {@link #PROMPT_START} and {@link #OUTPUT_START} bits. */
    public abstract int promptMarks();

    /** True if the text continues on the next line because it reached the last column (autowrap). */
    public abstract boolean wrapped();

    /**
     * A copy that later changes to the screen do not reach: copy mode shows the screen as it was
     * when the mode began, as tmux does. An immutable history line is its own copy.
     */
    public abstract Line copy();

    /**
     * Copies the first {@code count} cells into {@code toCodePoints} and {@code toStyles} from
     * {@code offset} on, but only if every one of them is drawn as it is stored: one column wide,
     * printable, without combining marks, DEC graphics or {@link CellExtra extras}. Returns false, copying nothing, if not
     * (or if this kind of line does not say): a painter then draws cell by cell.
     */
    public boolean copyPlainCells(int count, int[] toCodePoints, long[] toStyles, int offset) {
        return false;
    }

    /**
     * Changes whenever a cell of this line changes: the same line at the same version holds the
     * same cells, so a renderer that copied it before need not compare them again. A line that
     * never changes (history) keeps version 0.
     */
    public long version() {
        return 0;
    }

    /** Printable and one column wide whatever the locale: ASCII, and Latin-1 up to the combining marks. */
    public static boolean isPlainNarrow(int codePoint) {
        return codePoint >= 0x20 && codePoint < 0x7f || codePoint >= 0xa0 && codePoint < 0x300;
    }

    /** 2 for a wide character, 0 for the continuation cell to its right, 1 otherwise. */
    public int width(int column) {
        int codePoint = codePoint(column);
        if (codePoint == WIDE_CONTINUATION) {
            return 0;
        }
        return WcWidth.of(codePoint) == 2 ? 2 : 1;
    }

    /** The character of a cell with its combining marks; empty for a continuation cell. */
    public String text(int column) {
        int codePoint = codePoint(column);
        if (codePoint == WIDE_CONTINUATION) {
            return "";
        }
        String base = Character.toString(codePoint);
        String marks = marks(column);
        return marks == null ? base : base + marks;
    }

    /** The text of the line without trailing blanks, as {@code tmux capture-pane -p} prints it. */
    public String plainText() {
        int columns = columns();
        StringBuilder text = new StringBuilder(columns);
        int keep = 0;
        for (int column = 0; column < columns; column++) {
            text.append(text(column));
            int codePoint = codePoint(column);
            if (codePoint != BLANK && codePoint != WIDE_CONTINUATION) {
                keep = text.length();
            }
        }
        text.setLength(keep);
        return text.toString();
    }
}
