package dev.mux.server.term;

import java.io.DataInput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The styles of a {@link HistoryLine}'s cells as runs of equal style, immutable. Cells from
 * {@link #end} on (the trailing cells in the default style) are not stored. Most lines have one
 * run, which needs no array, and lines wholly in the default style share {@link #NONE}.
 */
final class StyleRuns {
    /** A line whose every cell has the default style. */
    static final StyleRuns NONE = new StyleRuns(0, Style.DEFAULT, null, null);

    /** The first cell of the trailing cells in the default style. */
    private final int end;
    /** The style of cells {@code [0, end)} when they share one ({@link #ends} is then null). */
    private final long uniform;
    /** Exclusive end of each run, the last one being {@link #end}; null for a single run. */
    private final int[] ends;
    /** The style of each run. */
    private final long[] styles;

    private StyleRuns(int end, long uniform, int[] ends, long[] styles) {
        this.end = end;
        this.uniform = uniform;
        this.ends = ends;
        this.styles = styles;
    }

    /** The runs of {@code styles}, whose cells from {@code defaultFrom} on are known to have the default style. */
    static StyleRuns of(long[] styles, int defaultFrom) {
        int end = defaultFrom;
        while (end > 0 && styles[end - 1] == Style.DEFAULT) {
            end--;
        }
        if (end == 0) {
            return NONE;
        }
        int runs = 1;
        for (int column = 1; column < end; column++) {
            if (styles[column] != styles[column - 1]) {
                runs++;
            }
        }
        if (runs == 1) {
            return new StyleRuns(end, styles[0], null, null);
        }
        int[] ends = new int[runs];
        long[] runStyles = new long[runs];
        int run = 0;
        runStyles[0] = styles[0];
        for (int column = 1; column < end; column++) {
            long style = styles[column];
            if (style != runStyles[run]) {
                ends[run++] = column;
                runStyles[run] = style;
            }
        }
        ends[run] = end;
        return new StyleRuns(end, Style.DEFAULT, ends, runStyles);
    }

    long at(int column) {
        if (column >= end) {
            return Style.DEFAULT;
        }
        if (ends == null) {
            return uniform;
        }
        int found = Arrays.binarySearch(ends, column);
        // An exact hit is the end of a run, so the cell starts the next one.
        return styles[found >= 0 ? found + 1 : -found - 1];
    }

    /** Writes the runs for {@link #readFrom} ({@link PackedLines}). */
    void writeTo(PackBuffer out) {
        out.writeVarInt(end);
        if (end == 0) {
            return;
        }
        out.writeVarInt(ends == null ? 1 : ends.length);
        if (ends == null) {
            out.writeLong(uniform);
            return;
        }
        for (int run = 0; run < ends.length; run++) {
            out.writeVarInt(ends[run]);
            out.writeLong(styles[run]);
        }
    }

    static StyleRuns readFrom(DataInput in) throws IOException {
        int end = PackBuffer.readVarInt(in);
        if (end == 0) {
            return NONE;
        }
        int runs = PackBuffer.readVarInt(in);
        if (runs == 1) {
            return new StyleRuns(end, in.readLong(), null, null);
        }
        int[] ends = new int[runs];
        long[] styles = new long[runs];
        for (int run = 0; run < runs; run++) {
            ends[run] = PackBuffer.readVarInt(in);
            styles[run] = in.readLong();
        }
        return new StyleRuns(end, Style.DEFAULT, ends, styles);
    }
}
