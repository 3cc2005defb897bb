package dev.mux.server.view;

import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.mode.ModeContext;
import dev.mux.server.mode.PaneMode;
import dev.mux.server.term.Color;
import dev.mux.server.term.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * tmux's view-mode: lines of text shown in a pane instead of its program (a config file's errors,
 * the output of a command run from a key), from their start, with the position indicator
 * ({@code [offset/lines above]}, top right) in mode-style. Keys scroll it as copy mode's do; q,
 * Escape or C-c leaves it.
 *
 * <p>To show text: {@code pane.modes().enter(ViewMode.NAME, ViewMode::new, services)} returns the
 * pane's view (the one already open, or a new one), then {@link #add} the text; adding to an open
 * view appends to it, as tmux does.
 */
public final class ViewMode implements PaneMode {
    public static final String NAME = "view-mode";
    /** tmux's default mode-style: black on yellow. */
    public static final long MODE_STYLE = Style.withBackground(Style.withForeground(Style.DEFAULT, Color.palette(0)),
            Color.palette(3));
    /** A view holds at most this many lines, as a pane's history is bounded; older ones are dropped. */
    public static final int MAX_LINES = 10_000;

    private final List<String> lines = new ArrayList<>();
    private final long indicatorStyle;
    /** Lines scrolled up from the end. */
    private int offset;
    private int rows = 1;
    private ModeContext context;

    public ViewMode() {
        this(MODE_STYLE);
    }

    public ViewMode(long indicatorStyle) {
        this.indicatorStyle = indicatorStyle;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void start(ModeContext context) {
        this.context = context;
    }

    /**
     * Appends text, one line per newline (a last newline ends a line, it starts none). The lines in
     * view stay in view, as tmux keeps them: a new view shows the start of what it is given.
     */
    public void add(String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        int aboveBefore = maxOffset();
        for (String line : body.split("\n", -1)) lines.add(printable(line));
        if (lines.size() > MAX_LINES) lines.subList(0, lines.size() - MAX_LINES).clear();
        offset = Math.min(offset + maxOffset() - aboveBefore, maxOffset());
        if (context != null) context.redraw();
    }

    /** The lines shown, for tests and formats. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    public int offset() {
        return offset;
    }

    @Override
    public void resize(int columns, int rows) {
        this.rows = Math.max(1, rows);
        offset = Math.min(offset, maxOffset());
    }

    @Override
    public void draw(ModeCanvas canvas) {
        rows = Math.max(1, canvas.rows());
        offset = Math.min(offset, maxOffset());
        int first = maxOffset() - offset;
        for (int row = 0; row < canvas.rows() && first + row < lines.size(); row++) {
            canvas.putString(0, row, lines.get(first + row), Style.DEFAULT);
        }
        String position = "[" + offset + "/" + maxOffset() + "]";
        int columns = canvas.columns();
        canvas.putString(Math.max(0, columns - position.length()), 0,
                position.substring(0, Math.min(position.length(), columns)), indicatorStyle);
    }

    @Override
    public void key(String canonicalKey, ModeContext context) {
        switch (canonicalKey) {
            case "q", "Escape", "C-c" -> context.exit();
            case "Up", "k", "C-y", "C-p" -> scroll(1, context);
            case "Down", "j", "C-e", "C-n", "Enter" -> scroll(-1, context);
            case "PPage", "C-b", "b" -> scroll(rows, context);
            case "NPage", "C-f", "f", "Space" -> scroll(-rows, context);
            case "C-u" -> scroll(rows / 2, context);
            case "C-d" -> scroll(-rows / 2, context);
            case "g", "Home" -> scroll(lines.size(), context);
            case "G", "End" -> scroll(-lines.size(), context);
            default -> {
                // Other keys do nothing here, as in tmux's view of a command's output.
            }
        }
    }

    @Override
    public void wheel(int lines, ModeContext context) {
        scroll(lines, context);
    }

    private void scroll(int up, ModeContext context) {
        int next = Math.max(0, Math.min(maxOffset(), offset + up));
        if (next == offset) return;
        offset = next;
        context.redraw();
    }

    /** How far up the view can scroll: the lines above the last screenful. */
    private int maxOffset() {
        return Math.max(0, lines.size() - rows);
    }

    /** Control characters would move the outer terminal's cursor: shown as tmux shows them in a view, as spaces. */
    private static String printable(String line) {
        StringBuilder text = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') text.append(" ".repeat(8 - text.length() % 8));
            else text.append(c < 0x20 || c == 0x7f ? ' ' : c);
        }
        return text.toString();
    }
}
