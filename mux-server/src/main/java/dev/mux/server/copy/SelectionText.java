package dev.mux.server.copy;

/**
 * The text a copy takes, as tmux's window_copy_get_selection: each line up to its last non-blank
 * cell, a newline after each line but the last unless the line was wrapped, so a long command
 * line that wrapped is copied as the one line it was.
 */
final class SelectionText {
    private SelectionText() {}

    /** Cells from {@code start} to {@code end}, both included. */
    static String between(ScreenCopy copy, Position start, Position end) {
        StringBuilder text = new StringBuilder();
        for (int line = start.line(); line <= end.line(); line++) {
            int from = line == start.line() ? start.column() : 0;
            int to = Math.min(copy.length(line), line == end.line() ? end.column() + 1 : Integer.MAX_VALUE);
            if (from < to) text.append(LineText.of(copy.line(line), from, to).text());
            if (line < end.line() && !copy.wrapped(line)) text.append('\n');
        }
        return text.toString();
    }
}
