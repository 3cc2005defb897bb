package dev.mux.server.copy;

import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.term.Color;
import dev.mux.server.term.Line;
import dev.mux.server.term.Style;
import java.util.List;

/**
 * Draws a pane in copy mode as tmux does: the copied lines at the mode's offset; the last search's
 * matches in copy-mode-match-style, the one under the cursor in copy-mode-current-match-style; the
 * selection, the mark and the position indicator ({@code [offset/history]}, top right, unless
 * hidden) in mode-style; the cursor always shown.
 */
final class CopyModePainter {
    static final long MODE_STYLE = Style.withBackground(Style.withForeground(Style.DEFAULT, Color.palette(0)), Color.palette(3));

    /** The styles of the window's options, parsed. */
    record Styles(long mode, long match, long currentMatch, long mark) {}

    private CopyModePainter() {}

    static void draw(ModeCanvas canvas, CopyMode mode, Styles styles) {
        int columns = canvas.columns();
        for (int row = 0; row < canvas.rows(); row++) {
            Line line = mode.viewLine(row);
            if (line != null) canvas.drawLine(row, line);
            int markColumn = mode.markColumn(row);
            for (int column = 0; markColumn >= 0 && column < columns; column++) {
                canvas.restyle(column, row, column == markColumn ? inverse(styles.mark()) : styles.mark());
            }
            if (line != null) highlightMatches(canvas, mode, row, styles);
            for (int column = 0; column < columns; column++) {
                if (mode.selected(row, column)) canvas.restyle(column, row, styles.mode());
            }
        }
        if (!mode.positionHidden()) {
            int results = mode.search.results();
            String position = (results >= 0 ? "(" + results + " results) " : "") + "[" + mode.offset() + "/" + mode.historySize() + "]";
            int start = Math.max(0, columns - position.length());
            canvas.putString(start, 0, position.substring(0, Math.min(position.length(), columns)), styles.mode());
        }
        canvas.showCursor(mode.cursorColumn(), mode.cursorRow());
    }

    /** The mark's own cell: the mark style's colours swapped, as tmux draws it. */
    private static long inverse(long style) {
        return Style.withBackground(Style.withForeground(style, Style.background(style)), Style.foreground(style));
    }

    private static void highlightMatches(ModeCanvas canvas, CopyMode mode, int row, Styles styles) {
        List<int[]> matches = mode.matches(row);
        int cursor = mode.cursorColumn();
        // As tmux: an emacs search down leaves the cursor just after its match, which is still the current one.
        boolean justAfter = mode.keys() == ModeKeys.EMACS && mode.search.wentDown();
        for (int[] match : matches) {
            boolean current = row == mode.cursorRow() && (cursor >= match[0] && cursor < match[1]
                    || justAfter && cursor - 1 >= match[0] && cursor - 1 < match[1]);
            for (int column = match[0]; column < match[1] && column < canvas.columns(); column++) {
                canvas.restyle(column, row, current ? styles.currentMatch() : styles.match());
            }
        }
    }
}
