package dev.mux.server.term;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Turns lines of a screen into the text {@code tmux capture-pane} makes of them, byte for byte:
 * each line's cells in use (continuation cells skipped), trailing spaces trimmed unless {@code -N}
 * or {@code -J}, one newline per line (none after a wrapped line with {@code -J}), and with
 * {@code -e} the SGR changes between consecutive cells, carried from line to line as tmux carries
 * them, and OSC 8 around hyperlinks. That text goes into a paste buffer as it is; {@link #printed} is what {@code -p} prints.
 */
public final class PaneCapture {
    private final IntFunction<Line> lines;
    private final int columns;
    private final CaptureFormat format;
    private final CaptureSgr sgr;

    private PaneCapture(IntFunction<Line> lines, int columns, CaptureFormat format) {
        this.lines = lines;
        this.columns = columns;
        this.format = format;
        this.sgr = new CaptureSgr(format.escapeControls());
    }

    /** Lines {@code range} of the screen: its history followed by what it shows now. */
    public static String capture(Screen screen, CaptureRange range, CaptureFormat format) {
        return new PaneCapture(screen::historyOrVisibleLine, screen.columns(), format).text(range);
    }

    /** Lines {@code range} of the main screen that the alternate screen hides, which has no history. */
    public static String captureHidden(Screen screen, CaptureRange range, CaptureFormat format) {
        return new PaneCapture(screen::hiddenMainLine, screen.columns(), format).text(range);
    }

    /** Lines kept apart from their screen (a snapshot's), {@code columns} wide, all of them. */
    public static String capture(List<Line> lines, int columns, CaptureFormat format) {
        return new PaneCapture(lines::get, columns, format).text(new CaptureRange(0, lines.size() - 1));
    }

    private String text(CaptureRange range) {
        StringBuilder out = new StringBuilder();
        for (int index = range.top(); index <= range.bottom(); index++) {
            Line line = lines.apply(index);
            appendCells(out, line);
            if (!format.joinWrapped() || !line.wrapped()) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** What {@code capture-pane -p} prints for a capture: it always ends in exactly one added newline. */
    public static String printed(String capture) {
        return capture.endsWith("\n") ? capture : capture + "\n";
    }

    private void appendCells(StringBuilder out, Line line) {
        int start = out.length();
        int end = Math.min(Math.min(columns, line.columns()), line.used());
        Hyperlink link = null;
        for (int column = 0; column < end; column++) {
            if (line.codePoint(column) == Line.WIDE_CONTINUATION) {
                continue;
            }
            if (format.escapes()) {
                CellExtra extra = line.extra(column);
                sgr.change(out, line.style(column), CellExtra.underlineColour(extra));
                if (!Objects.equals(link, CellExtra.link(extra))) {
                    link = CellExtra.link(extra);
                    appendHyperlink(out, link);
                }
            }
            // The cell's text (Line.text) without a String per cell: capturing a long history allocated millions.
            int codePoint = line.codePoint(column);
            String marks = line.marks(column);
            if (format.escapeControls() && codePoint == '\\' && marks == null) {
                out.append("\\\\");
            } else {
                out.appendCodePoint(codePoint);
                if (marks != null) out.append(marks);
            }
        }
        if (format.trims()) {
            int length = out.length();
            while (length > start && out.charAt(length - 1) == ' ') {
                length--;
            }
            out.setLength(length);
        }
        if (link != null) {
            appendHyperlink(out, null);
        }
    }

    /**
     * OSC 8 as its specification writes it (tmux 3.4 prints links in its captures the same way):
     * the link's id if the program gave one, its URI, ST; an empty one ends the link. A line's
     * links end with the line, so each line of a capture stands on its own.
     */
    private void appendHyperlink(StringBuilder out, Hyperlink link) {
        out.append(format.escapeControls() ? "\\033]8;" : "\033]8;");
        if (link != null && !link.id().isEmpty()) {
            out.append("id=").append(link.id());
        }
        out.append(';').append(link == null ? "" : link.uri()).append(format.escapeControls() ? "\\033\\\\" : "\033\\");
    }
}
