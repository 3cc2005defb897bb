package dev.mux.server.copy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds text in copy mode's lines as tmux's search does: from just after (or before) the cursor,
 * line by line, around the ends when {@code wrap-search} is on, ignoring case when the search text
 * has no capital letter; search-forward and search-backward take a regular expression, the -text
 * and incremental forms plain text.
 */
final class Search {
    /** What to look for. */
    record Query(String text, boolean regex, boolean wrap) {
        /** The pattern, or null for a regular expression that does not compile (nothing is found). */
        Pattern pattern() {
            if (text.isEmpty()) return null;
            boolean ignoreCase = text.equals(text.toLowerCase(Locale.ROOT));
            int flags = (regex ? 0 : Pattern.LITERAL) | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
            try {
                return Pattern.compile(text, flags);
            } catch (PatternSyntaxException e) {
                return null;
            }
        }
    }

    private Search() {}

    /** The nearest match, looking forward or backward from {@code from}: its first cell and the cell after it. */
    static Optional<Position[]> find(ScreenCopy copy, Position from, Query query, boolean forward) {
        Pattern pattern = query.pattern();
        if (pattern == null || copy.size() == 0) return Optional.empty();
        int lines = copy.size();
        // Step 0 is the cursor's line beyond the cursor; the last step is that line again, whole.
        for (int step = 0; step <= lines; step++) {
            int unwrapped = from.line() + (forward ? step : -step);
            if (!query.wrap() && (unwrapped < 0 || unwrapped >= lines)) break;
            if (!query.wrap() && step == lines) break;
            int line = Math.floorMod(unwrapped, lines);
            LineText lineText = LineText.of(copy.line(line), 0, Integer.MAX_VALUE);
            Matcher matcher = pattern.matcher(lineText.text());
            int index;
            if (forward) {
                int start = step == 0 ? lineText.indexAt(from.column() + 1) : 0;
                index = start <= lineText.text().length() && matcher.find(start) ? matcher.start() : -1;
            } else {
                int limit = step == 0 ? lineText.indexAt(from.column()) : lineText.text().length();
                index = lastStartBefore(matcher, limit);
            }
            if (index >= 0 && index < lineText.text().length() && matcher.find(index)) {
                int end = Math.max(matcher.end(), index + 1);
                return Optional.of(new Position[] {new Position(line, lineText.column(index)),
                        new Position(line, lineText.column(end - 1) + 1)});
            }
        }
        return Optional.empty();
    }

    /** How many matches there are in all the lines. */
    static int count(ScreenCopy copy, Pattern pattern) {
        int count = 0;
        for (int line = 0; pattern != null && line < copy.size(); line++) count += matches(copy, line, pattern).size();
        return count;
    }

    /** The cells of every match on {@code line}, each as its first column and the column after it. */
    static List<int[]> matches(ScreenCopy copy, int line, Pattern pattern) {
        List<int[]> found = new ArrayList<>();
        if (pattern == null || copy.line(line) == null) return found;
        LineText lineText = LineText.of(copy.line(line), 0, Integer.MAX_VALUE);
        Matcher matcher = pattern.matcher(lineText.text());
        while (matcher.find()) {
            if (matcher.end() == matcher.start()) {
                if (matcher.end() >= lineText.text().length()) break;
                continue;
            }
            found.add(new int[] {lineText.column(matcher.start()), lineText.column(matcher.end() - 1) + 1});
        }
        return found;
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
