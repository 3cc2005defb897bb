package dev.mux.server.copy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text in copy mode's lines as tmux's search does: from just after (or before) the cursor,
 * line by line, wrapping around the ends (tmux's wrap-search), ignoring case when the search text
 * has no capital letter.
 */
final class Search {
    private Search() {}

    /** Where the nearest match of {@code text} starts, looking forward or backward from {@code from}. */
    static Optional<Position> find(ScreenCopy copy, Position from, String text, boolean forward) {
        if (text.isEmpty() || copy.size() == 0) return Optional.empty();
        boolean ignoreCase = text.equals(text.toLowerCase(Locale.ROOT));
        Pattern pattern = Pattern.compile(text, Pattern.LITERAL
                | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
        int lines = copy.size();
        // Step 0 is the cursor's line beyond the cursor; the last step is that line again, whole.
        for (int step = 0; step <= lines; step++) {
            int line = Math.floorMod(from.line() + (forward ? step : -step), lines);
            LineText lineText = LineText.of(copy.line(line), 0, Integer.MAX_VALUE);
            Matcher matcher = pattern.matcher(lineText.text());
            int index;
            if (forward) {
                int start = step == 0 ? lineText.indexAt(from.column() + 1) : 0;
                index = matcher.find(start) ? matcher.start() : -1;
            } else {
                int limit = step == 0 ? lineText.indexAt(from.column()) : lineText.text().length();
                index = lastStartBefore(matcher, limit);
            }
            if (index >= 0) return Optional.of(new Position(line, lineText.column(index)));
        }
        return Optional.empty();
    }

    /** The start of the last match that starts before {@code limit}, or -1. */
    private static int lastStartBefore(Matcher matcher, int limit) {
        int last = -1;
        int from = 0;
        while (from < limit && matcher.find(from) && matcher.start() < limit) {
            last = matcher.start();
            from = last + 1;
        }
        return last;
    }
}
