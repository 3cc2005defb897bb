package dev.mux.server.copy;

import java.util.regex.Pattern;

/**
 * Copy mode's searches: the last one (for search-again, search-reverse and the highlighting of its
 * matches) and the incremental one going on, which starts again from where it began whenever its
 * text changes.
 */
final class CopySearch {
    private final CopyMode mode;
    /** The last search; null before any. */
    private Search.Query query;
    private boolean forward = true;
    /** Where an incremental search started (null when none is going on), and the text it last looked for. */
    private CopyMode.View incrementalStart;
    private String incrementalText;

    CopySearch(CopyMode mode) {
        this.mode = mode;
    }

    /** How many matches the last search found in all the lines, as tmux counts them for the position indicator. */
    private int results;
    private boolean wentDown;

    /** The last search's pattern, or null before any (or after an incremental search emptied its text). */
    Pattern pattern() {
        return query == null ? null : query.pattern();
    }

    /** Whether the last search looked down (after the cursor). */
    boolean wentDown() {
        return wentDown;
    }

    /** The matches the last search found, or -1 when no search is shown. */
    int results() {
        return pattern() == null ? -1 : results;
    }

    /** One step of an incremental search (the prompt sends each change of its text). */
    void incremental(String text, boolean forward) {
        if (incrementalStart == null) {
            incrementalStart = mode.view();
        } else if (!text.equals(incrementalText)) {
            mode.restore(incrementalStart);
        }
        incrementalText = text;
        if (text.isEmpty()) {
            query = null;
            return;
        }
        find(text, forward, false);
    }

    /** Any other command ends the incremental search going on, as in tmux. */
    void endIncremental() {
        incrementalStart = null;
        incrementalText = null;
    }

    /** search-forward/-backward (a regular expression) or their -text forms; remembered for search-again. */
    void find(String text, boolean forward, boolean regex) {
        if (text.isEmpty()) return;
        query = new Search.Query(text, regex, mode.wrapSearch());
        this.forward = forward;
        go(forward);
    }

    /** search-again ({@code reverse} false) and search-reverse. */
    void again(boolean reverse) {
        if (query == null) return;
        query = new Search.Query(query.text(), query.regex(), mode.wrapSearch());
        go(forward != reverse);
    }

    /** As tmux: in emacs a forward search starts at the cursor and leaves the cursor just after the match. */
    private void go(boolean down) {
        wentDown = down;
        results = Search.count(mode.lines(), query.pattern());
        Position from = mode.cursor();
        if (down && mode.keys() == ModeKeys.EMACS) {
            Position inclusive = new Position(from.line(), from.column() - 1);
            Search.find(mode.lines(), inclusive, query, true).ifPresent(match -> mode.moveTo(match[1]));
            return;
        }
        Search.find(mode.lines(), from, query, down).ifPresent(match -> mode.moveTo(match[0]));
    }
}
