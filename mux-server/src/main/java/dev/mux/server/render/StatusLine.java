package dev.mux.server.render;

import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.term.Color;
import dev.mux.server.term.Style;
import dev.mux.server.term.WcWidth;
import java.util.Objects;

/**
 * tmux's default status line: "[session] " on the left, the window list ("0:bash* 1:vim-"), and the
 * pane title with the time on the right, black on green.
 */
public final class StatusLine {
    /** Rows the status line takes at the bottom of every client. */
    public static final int ROWS = 1;
    /** tmux's status-left-length and status-right-length defaults. */
    static final int LEFT_LENGTH = 10;
    static final int RIGHT_LENGTH = 40;
    /** tmux's default status-right truncates the pane title to this many cells. */
    static final int TITLE_LENGTH = 21;
    static final long STYLE = Style.withBackground(Style.withForeground(Style.DEFAULT, Color.palette(0)), Color.palette(2));

    private StatusLine() {}

    /**
     * The text of the three parts; the renderer compares it to know when the line changed.
     * {@code cursor} is the column the terminal cursor belongs in while a prompt is typed, else -1.
     */
    public record Content(String left, String windows, String right, int cursor) {
        public Content(String left, String windows, String right) {
            this(left, windows, right, -1);
        }

        /** Written out for the reason ClientView's Inputs is: compared on every render. */
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Content that && left.equals(that.left) && windows.equals(that.windows)
                && right.equals(that.right) && cursor == that.cursor;
        }

        @Override
        public int hashCode() {
            return Objects.hash(left, windows, right, cursor);
        }
    }

    /** The left part: the session's name in brackets. */
    static String left(String sessionName) {
        return clip("[" + sessionName + "] ", LEFT_LENGTH);
    }

    /** The window list: index, name and flag of each window. */
    static void appendWindows(StringBuilder list, Session session) {
        for (Window window : session.windows()) {
            if (!list.isEmpty()) list.append(' ');
            list.append(window.index()).append(':').append(window.name()).append(flag(session, window));
        }
    }

    /** The right part: the pane's title in quotes, then the time. */
    static String right(String paneTitle, String clock) {
        return clip("\"" + clip(paneTitle, TITLE_LENGTH) + "\" " + clock, RIGHT_LENGTH);
    }

    /** A prompt being typed, with the cursor at {@code cursor} cells from the left. */
    public static Content prompt(String text, int cursor) {
        return new Content(text, "", "", cursor);
    }

    /** A message shown across the whole line instead of the usual parts (tmux's display-message). */
    public static Content message(String text) {
        return new Content(text, "", "");
    }

    private static char flag(Session session, Window window) {
        if (window == session.currentWindow()) return '*';
        if (window == session.lastWindow()) return '-';
        return ' ';
    }

    /** Draws the line on {@code row}: left, then the window list, then the right part flush right. */
    public static void draw(Content content, Frame frame, int row) {
        int width = frame.columns();
        frame.fill(0, row, width, 1, ' ', STYLE);
        int rightStart = Math.max(0, width - WcWidth.cells(content.right()));
        int column = frame.putString(0, row, clip(content.left(), width), STYLE);
        frame.putString(column, row, clip(content.windows(), Math.max(0, rightStart - column)), STYLE);
        if (rightStart > column) frame.putString(rightStart, row, content.right(), STYLE);
    }

    private static String clip(String text, int cells) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int width = Math.max(0, WcWidth.of(codePoint));
            if (used + width > cells) break;
            used += width;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }
}
