package dev.mux.server.copy;

import dev.mux.server.render.Frame;
import dev.mux.server.term.Color;
import dev.mux.server.term.Line;
import dev.mux.server.term.Style;

/**
 * Draws a pane in copy mode as tmux does: the copied lines at the mode's offset, the selection and
 * the position indicator ({@code [offset/history]}, top right) in mode-style, and the search
 * prompt on the status line in message-style (both black on yellow by default in tmux).
 */
public final class CopyModePainter {
    static final long MODE_STYLE = Style.withBackground(Style.withForeground(Style.DEFAULT, Color.palette(0)), Color.palette(3));
    static final long MESSAGE_STYLE = MODE_STYLE;

    private CopyModePainter() {}

    /** The pane's area: {@code columns} x {@code rows} cells from {@code (left, top)}. */
    public static void draw(Frame frame, CopyMode mode, int left, int top, int columns, int rows) {
        for (int row = 0; row < rows; row++) {
            Line line = mode.viewLine(row);
            if (line != null) frame.drawLine(line, left, top + row, columns);
            for (int column = 0; column < columns; column++) {
                if (mode.selected(row, column)) frame.restyle(left + column, top + row, MODE_STYLE);
            }
        }
        String position = "[" + mode.offset() + "/" + mode.historySize() + "]";
        int start = Math.max(0, columns - position.length());
        frame.putString(left + start, top, position.substring(0, Math.min(position.length(), columns)), MODE_STYLE);
    }

    /** The cursor of a pane in copy mode; unlike a program's, it is always shown. */
    public static void placeCursor(Frame frame, CopyMode mode, int left, int top) {
        frame.setCursor(left + mode.cursorColumn(), top + mode.cursorRow(), true);
    }

    /** The search prompt over the status line {@code row}, with the cursor after the text; false if none is open. */
    public static boolean drawPrompt(Frame frame, CopyMode mode, int row) {
        String prompt = mode.promptLine();
        if (prompt == null) return false;
        frame.fill(0, row, frame.columns(), 1, ' ', MESSAGE_STYLE);
        int end = frame.putString(0, row, prompt, MESSAGE_STYLE);
        frame.setCursor(end, row, true);
        return true;
    }
}
