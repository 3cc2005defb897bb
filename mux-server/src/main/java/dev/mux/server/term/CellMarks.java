package dev.mux.server.term;

import java.io.DataInput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The combining marks of a {@link HistoryLine}, immutable: the columns that have marks, ascending,
 * and their marks. Marks are rare, so a sorted pair of arrays beats a map.
 */
final class CellMarks {
    private final int[] columns;
    private final String[] marks;

    private CellMarks(int[] columns, String[] marks) {
        this.columns = columns;
        this.marks = marks;
    }

    /** The marks of a line's cells, or null if it has none. */
    static CellMarks of(Line line) {
        int count = 0;
        for (int column = 0; column < line.columns(); column++) {
            if (line.marks(column) != null) {
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        int[] columns = new int[count];
        String[] marks = new String[count];
        int index = 0;
        for (int column = 0; column < line.columns(); column++) {
            String cell = line.marks(column);
            if (cell != null) {
                columns[index] = column;
                marks[index++] = cell;
            }
        }
        return new CellMarks(columns, marks);
    }

    /** The marks of cell {@code column}, or null. */
    String at(int column) {
        int index = Arrays.binarySearch(columns, column);
        return index >= 0 ? marks[index] : null;
    }

    /** Writes the marks for {@link #readFrom} ({@link PackedLines}). */
    void writeTo(PackBuffer out) {
        out.writeVarInt(columns.length);
        for (int index = 0; index < columns.length; index++) {
            out.writeVarInt(columns[index]);
            out.writeString(marks[index]);
        }
    }

    static CellMarks readFrom(DataInput in) throws IOException {
        int count = PackBuffer.readVarInt(in);
        int[] columns = new int[count];
        String[] marks = new String[count];
        for (int index = 0; index < count; index++) {
            columns[index] = PackBuffer.readVarInt(in);
            char[] text = new char[PackBuffer.readVarInt(in)];
            for (int at = 0; at < text.length; at++) {
                text[at] = in.readChar();
            }
            marks[index] = new String(text);
        }
        return new CellMarks(columns, marks);
    }
}
