package dev.mux.server.copy;

import dev.mux.server.term.Line;

/**
 * The text of one line's cells with, for every char of it, the column it came from: search finds
 * a match in the text and copy mode moves the cursor to the match's column.
 */
final class LineText {
    private final String text;
    private final int[] columns;

    private LineText(String text, int[] columns) {
        this.text = text;
        this.columns = columns;
    }

    /** Cells {@code [from, to)} of {@code line} (null: an empty line); the halves of wide characters count once. */
    static LineText of(Line line, int from, int to) {
        if (line == null) return new LineText("", new int[0]);
        StringBuilder text = new StringBuilder();
        int end = Math.min(to, line.columns());
        int[] columns = new int[Math.max(0, end - from) * 2 + 16];
        for (int column = Math.max(0, from); column < end; column++) {
            if (line.width(column) == 0) continue;
            String cell = line.text(column);
            if (text.length() + cell.length() > columns.length) columns = java.util.Arrays.copyOf(columns, columns.length * 2 + cell.length());
            for (int i = 0; i < cell.length(); i++) columns[text.length() + i] = column;
            text.append(cell);
        }
        return new LineText(text.toString(), columns);
    }

    String text() {
        return text;
    }

    /** The column of the cell that char {@code index} of the text belongs to. */
    int column(int index) {
        return columns[index];
    }

    /** The first char of the text at or after {@code column}, or the text's length. */
    int indexAt(int column) {
        for (int i = 0; i < text.length(); i++) {
            if (columns[i] >= column) return i;
        }
        return text.length();
    }
}
