package dev.mux.server.copy;

import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.term.Color;
import dev.mux.server.term.Line;
import dev.mux.server.term.Style;

/**
 * Draws a pane in copy mode as tmux does: the copied lines at the mode's offset, the selection and
 * the position indicator ({@code [offset/history]}, top right) in mode-style (black on yellow by
 * default in tmux), the cursor always shown, and the search prompt, when one is open, over the
 * status line.
 */
final class CopyModePainter {
    static final long MODE_STYLE = Style.withBackground(Style.withForeground(Style.DEFAULT, Color.palette(0)), Color.palette(3));

    private CopyModePainter() {}

    static void draw(ModeCanvas canvas, CopyMode mode) {
        int columns = canvas.columns();
        for (int row = 0; row < canvas.rows(); row++) {
            Line line = mode.viewLine(row);
            if (line != null) canvas.drawLine(row, line);
            for (int column = 0; column < columns; column++) {
                if (mode.selected(row, column)) canvas.restyle(column, row, MODE_STYLE);
            }
        }
        String position = "[" + mode.offset() + "/" + mode.historySize() + "]";
        int start = Math.max(0, columns - position.length());
        canvas.putString(start, 0, position.substring(0, Math.min(position.length(), columns)), MODE_STYLE);
        canvas.showCursor(mode.cursorColumn(), mode.cursorRow());
    }
}
