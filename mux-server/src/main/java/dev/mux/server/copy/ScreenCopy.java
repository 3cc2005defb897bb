package dev.mux.server.copy;

import dev.mux.server.term.Line;
import dev.mux.server.term.Screen;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines copy mode shows: the pane's history and visible rows as they were when the mode began
 * (tmux clones the screen too), so the program's output goes on underneath without moving the text
 * the user is reading or selecting. Line 0 is the oldest history line.
 */
public final class ScreenCopy {
    private final List<Line> lines;
    private final int historySize;

    private ScreenCopy(List<Line> lines, int historySize) {
        this.lines = lines;
        this.historySize = historySize;
    }

    public static ScreenCopy of(Screen screen) {
        List<Line> lines = new ArrayList<>(screen.historySize() + screen.rows());
        for (int i = 0; i < screen.historySize(); i++) lines.add(screen.historyLine(i).copy());
        for (int row = 0; row < screen.rows(); row++) lines.add(screen.frozenLine(row));
        return new ScreenCopy(List.copyOf(lines), screen.historySize());
    }

    public int historySize() {
        return historySize;
    }

    public int size() {
        return lines.size();
    }

    /** Line {@code index}, or null outside the copy (a view taller than the screen was). */
    public Line line(int index) {
        return index >= 0 && index < lines.size() ? lines.get(index) : null;
    }

    /** Columns up to the last non-blank cell: where "end of line" is and what a copy keeps. */
    public int length(int index) {
        Line line = line(index);
        if (line == null) return 0;
        for (int column = line.columns() - 1; column >= 0; column--) {
            int codePoint = line.codePoint(column);
            if (codePoint != ' ' && codePoint != Line.WIDE_CONTINUATION) return column + line.width(column);
        }
        return 0;
    }

    /** Whether line {@code index} continues on the next one (it was wrapped at the right edge). */
    public boolean wrapped(int index) {
        Line line = line(index);
        return line != null && line.wrapped();
    }
}
