package dev.mux.server.copy;

import java.util.Optional;

/** The text copy mode's commands and formats take from its lines: the selection, a line, the rest of one, a word. */
final class CopyText {
    private CopyText() {}

    /** The selected text, or null when nothing is selected. */
    static String selected(CopyMode mode) {
        ScreenCopy copy = mode.lines();
        Optional<Position[]> range = mode.selection.range(mode.cursor(), mode.keys());
        if (range.isEmpty()) return null;
        if (mode.selection.rectangle()) return rectangle(mode, range.get()[0].line(), range.get()[1].line());
        Position end = range.get()[1];
        String text = SelectionText.between(copy, range.get()[0], end);
        // tmux keeps the last line's newline when a vi selection takes the end of it (V, or $).
        boolean pastEnd = end.column() >= copy.length(end.line()) && !copy.wrapped(end.line());
        return mode.keys() == ModeKeys.VI && pastEnd ? text + "\n" : text;
    }

    /** A rectangle's columns of each line, a newline after each but the last unless vi took the last line's end. */
    private static String rectangle(CopyMode mode, int first, int last) {
        ScreenCopy copy = mode.lines();
        int[] edges = mode.selection.columns(mode.cursor(), mode.keys());
        StringBuilder text = new StringBuilder();
        for (int line = first; line <= last; line++) {
            int to = Math.min(edges[1], copy.length(line));
            if (edges[0] < to) text.append(LineText.of(copy.line(line), edges[0], to).text());
            text.append('\n');
        }
        if (mode.keys() == ModeKeys.EMACS || edges[1] <= copy.length(last)) text.setLength(text.length() - 1);
        return text.length() == 0 ? null : text.toString();
    }

    /**
     * From the cursor to the end of its line ({@code fromStart}: the whole line), and {@code more}
     * lines below; vi keeps the last newline, as tmux's copy-line and copy-end-of-line.
     */
    static String line(CopyMode mode, boolean fromStart, int more) {
        ScreenCopy copy = mode.lines();
        int last = Math.min(copy.size() - 1, mode.cursorLine() + more);
        Position start = fromStart ? new Position(mode.cursorLine(), 0) : mode.cursor();
        String text = SelectionText.between(copy, start, new Position(last, Integer.MAX_VALUE - 1));
        return mode.keys() == ModeKeys.VI ? text + "\n" : text;
    }

    /** The word under the cursor (word-separators part words), as #{copy_cursor_word}. */
    static String cursorWord(CopyMode mode) {
        Words words = mode.words(mode.wordSeparators());
        Position start = words.wordStart(mode.cursor());
        Position end = words.wordEnd(start);
        return SelectionText.between(mode.lines(), start, end).strip();
    }

    /** The cursor's line, as #{copy_cursor_line}. */
    static String cursorLine(CopyMode mode) {
        return SelectionText.between(mode.lines(), new Position(mode.cursorLine(), 0),
                new Position(mode.cursorLine(), Integer.MAX_VALUE - 1));
    }
}
