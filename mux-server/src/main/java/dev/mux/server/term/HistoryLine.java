package dev.mux.server.term;

import java.io.DataInput;
import java.io.IOException;

/**
 * A line of scrollback in compact, immutable form. Most history is short text in one style, so a
 * line keeps only what differs from a default blank (a space in {@link Style#DEFAULT} without
 * marks): the code points up to the last cell that is not a plain space, one byte a cell when they
 * all fit (the common case) and an {@code int} a cell otherwise; the styles as {@link StyleRuns};
 * combining marks, if any, as {@link CellMarks}; underline colours and hyperlinks, if any, as {@link ExtraRuns}. Every cell past what is stored reads as a default
 * blank, so the line reads exactly as the {@link ScreenLine} it was made from, whose logical width,
 * {@link #used()} and {@link #wrapped()} it keeps.
 *
 * <p>Being immutable, a history line is its own {@link #copy()}: copy mode's snapshot shares it.
 * The one change history makes to a line, ending its wrapping, makes a new line sharing the data
 * ({@link #withWrapped}).
 */
final class HistoryLine extends Line {
    private static final byte[] NO_CELLS = new byte[0];
    /** Bits of the flags a packed line starts with. */
    private static final int WRAPPED = 1;
    private static final int NARROW = 2;
    private static final int MARKED = 4;
    private static final int EXTRAS = 8;
    private static final int PROMPT_START = 16;
    private static final int OUTPUT_START = 32;

    private final int columns;
    private final int used;
    private final boolean wrapped;
    private final int promptMarks;
    /** Code points of the stored cells when all are at most 0xFF, else null. */
    private final byte[] narrow;
    /** Code points of the stored cells when one is above 0xFF, else null. */
    private final int[] wide;
    private final StyleRuns styles;
    /** Null when no cell has marks. */
    private final CellMarks marks;
    /** Null when no cell has an underline colour or hyperlink. */
    private final ExtraRuns extras;

    private HistoryLine(int columns, int used, boolean wrapped, int promptMarks, byte[] narrow, int[] wide,
                        StyleRuns styles, CellMarks marks, ExtraRuns extras) {
        this.columns = columns;
        this.used = used;
        this.wrapped = wrapped;
        this.promptMarks = promptMarks;
        this.narrow = narrow;
        this.wide = wide;
        this.styles = styles;
        this.marks = marks;
        this.extras = extras;
    }

    /** The compact form of a screen row leaving the top of the screen; the row can then be reused. */
    static HistoryLine of(ScreenLine line) {
        CellMarks marks = line.hasMarks() ? CellMarks.of(line) : null;
        int stored = line.touchedEnd(); // the cells after it are plain blanks
        while (stored > 0 && line.codePoint(stored - 1) == BLANK && (marks == null || marks.at(stored - 1) == null)) {
            stored--;
        }
        // Copied as bytes on the guess that they fit, the common case; any code point above 0xFF
        // leaves a bit above the low byte set, and then they are copied again as ints.
        byte[] narrow = stored == 0 ? NO_CELLS : new byte[stored];
        int bits = 0;
        for (int column = 0; column < stored; column++) {
            int codePoint = line.codePoint(column);
            bits |= codePoint;
            narrow[column] = (byte) codePoint;
        }
        int[] wide = null;
        if ((bits & ~0xFF) != 0) {
            narrow = null;
            wide = new int[stored];
            for (int column = 0; column < stored; column++) {
                wide[column] = line.codePoint(column);
            }
        }
        // Past the touched cells the styles are the last reset's, which only the default lets us skip.
        int styled = line.blankStyle() == Style.DEFAULT ? line.touchedEnd() : line.columns();
        StyleRuns styles = line.styleRuns(styled);
        ExtraRuns extras = line.hasExtras() ? ExtraRuns.of(line) : null;
        return new HistoryLine(line.columns(), line.used(), line.wrapped(), line.promptMarks(), narrow, wide, styles, marks, extras);
    }

    /** This line with another wrapped flag, sharing the cells (which nobody changes). */
    HistoryLine withWrapped(boolean wrapped) {
        return wrapped == this.wrapped ? this : new HistoryLine(columns, used, wrapped, promptMarks, narrow, wide, styles, marks, extras);
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public int codePoint(int column) {
        if (narrow != null) {
            return column < narrow.length ? narrow[column] & 0xFF : BLANK;
        }
        return column < wide.length ? wide[column] : BLANK;
    }

    @Override
    public long style(int column) {
        return styles.at(column);
    }

    @Override
    public String marks(int column) {
        return marks == null ? null : marks.at(column);
    }

    @Override
    public CellExtra extra(int column) {
        return extras == null ? null : extras.at(column);
    }

    @Override
    public int used() {
        return used;
    }

    @Override
    public int promptMarks() {
        return promptMarks;
    }

    @Override
    public boolean wrapped() {
        return wrapped;
    }

    @Override
    public HistoryLine copy() {
        return this;
    }

    /** Writes the line for {@link #readFrom}: {@link PackedLines} keeps old history this way. */
    void writeTo(PackBuffer out) {
        out.writeVarInt(columns);
        out.writeVarInt(used);
        out.writeByte((wrapped ? WRAPPED : 0) | (narrow != null ? NARROW : 0) | (marks != null ? MARKED : 0)
            | (extras != null ? EXTRAS : 0) | ((promptMarks & Line.PROMPT_START) != 0 ? PROMPT_START : 0)
            | ((promptMarks & Line.OUTPUT_START) != 0 ? OUTPUT_START : 0));
        if (narrow != null) {
            out.writeVarInt(narrow.length);
            out.write(narrow);
        } else {
            out.writeVarInt(wide.length);
            for (int codePoint : wide) {
                out.writeInt(codePoint);
            }
        }
        styles.writeTo(out);
        if (marks != null) {
            marks.writeTo(out);
        }
        if (extras != null) {
            extras.writeTo(out);
        }
    }

    static HistoryLine readFrom(DataInput in) throws IOException {
        int columns = PackBuffer.readVarInt(in);
        int used = PackBuffer.readVarInt(in);
        int flags = in.readUnsignedByte();
        byte[] narrow = null;
        int[] wide = null;
        if ((flags & NARROW) != 0) {
            int stored = PackBuffer.readVarInt(in);
            narrow = stored == 0 ? NO_CELLS : new byte[stored];
            in.readFully(narrow);
        } else {
            wide = new int[PackBuffer.readVarInt(in)];
            for (int column = 0; column < wide.length; column++) {
                wide[column] = in.readInt();
            }
        }
        StyleRuns styles = StyleRuns.readFrom(in);
        CellMarks marks = (flags & MARKED) != 0 ? CellMarks.readFrom(in) : null;
        ExtraRuns extras = (flags & EXTRAS) != 0 ? ExtraRuns.readFrom(in) : null;
        int promptMarks = ((flags & PROMPT_START) != 0 ? Line.PROMPT_START : 0) | ((flags & OUTPUT_START) != 0 ? Line.OUTPUT_START : 0);
        return new HistoryLine(columns, used, (flags & WRAPPED) != 0, promptMarks, narrow, wide, styles, marks, extras);
    }
}
