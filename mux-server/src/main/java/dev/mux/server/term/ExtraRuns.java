package dev.mux.server.term;

import java.io.DataInput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The {@link CellExtra extras} of a {@link HistoryLine}, immutable: runs of cells sharing one
 * extra, by first column ascending. A hyperlink or an underline colour usually covers a word or a
 * whole line, so a run costs what a single cell would, in memory and packed alike.
 */
final class ExtraRuns {
    private final int[] starts;
    private final int[] ends;
    private final CellExtra[] extras;

    private ExtraRuns(int[] starts, int[] ends, CellExtra[] extras) {
        this.starts = starts;
        this.ends = ends;
        this.extras = extras;
    }

    /** The extras of a line's cells, or null if none has one. */
    static ExtraRuns of(Line line) {
        int columns = line.columns();
        int count = 0;
        for (int column = 0; column < columns; column++) {
            CellExtra extra = line.extra(column);
            if (extra != null && (column == 0 || !extra.equals(line.extra(column - 1)))) {
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        int[] starts = new int[count];
        int[] ends = new int[count];
        CellExtra[] extras = new CellExtra[count];
        int run = -1;
        for (int column = 0; column < columns; column++) {
            CellExtra extra = line.extra(column);
            if (extra == null) {
                continue;
            }
            if (run < 0 || ends[run] != column || !extra.equals(extras[run])) {
                run++;
                starts[run] = column;
                extras[run] = extra;
            }
            ends[run] = column + 1;
        }
        return new ExtraRuns(starts, ends, extras);
    }

    /** The extra of cell {@code column}, or null. */
    CellExtra at(int column) {
        int index = Arrays.binarySearch(starts, column);
        if (index < 0) {
            index = -index - 2;
        }
        return index >= 0 && column < ends[index] ? extras[index] : null;
    }

    /** Writes the runs for {@link #readFrom} ({@link PackedLines}). */
    void writeTo(PackBuffer out) {
        out.writeVarInt(starts.length);
        for (int index = 0; index < starts.length; index++) {
            out.writeVarInt(starts[index]);
            out.writeVarInt(ends[index] - starts[index]);
            out.writeInt(extras[index].underlineColour());
            Hyperlink link = extras[index].link();
            out.writeByte(link == null ? 0 : 1);
            if (link != null) {
                out.writeString(link.id());
                out.writeString(link.uri());
                out.writeLong(link.serial());
            }
        }
    }

    static ExtraRuns readFrom(DataInput in) throws IOException {
        int count = PackBuffer.readVarInt(in);
        int[] starts = new int[count];
        int[] ends = new int[count];
        CellExtra[] extras = new CellExtra[count];
        for (int index = 0; index < count; index++) {
            starts[index] = PackBuffer.readVarInt(in);
            ends[index] = starts[index] + PackBuffer.readVarInt(in);
            int underlineColour = in.readInt();
            Hyperlink link = in.readUnsignedByte() == 0 ? null : new Hyperlink(readString(in), readString(in), in.readLong());
            extras[index] = new CellExtra(underlineColour, link);
        }
        return new ExtraRuns(starts, ends, extras);
    }

    private static String readString(DataInput in) throws IOException {
        char[] text = new char[PackBuffer.readVarInt(in)];
        for (int at = 0; at < text.length; at++) {
            text[at] = in.readChar();
        }
        return new String(text);
    }
}
