package dev.mux.server.term;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewraps lines to a new width as tmux 3.3a does when a pane's width changes: a line wider than the
 * width is split into rows that wrap into each other; a line that wrapped takes as many cells from
 * the lines it runs on into as now fit; other lines move across unchanged. The rules are tmux's,
 * including its edges: a row exactly as wide as the width is kept as it is, a character that does
 * not fit ends the joining, only the cells in use are moved, and an empty line that did not wrap
 * ends a run of wrapped lines.
 *
 * <p>The cursor is carried by its place in the logical line (the run of wrapped rows) it is on; a
 * cursor past the cells in use of its row ends up after the last cell of that logical line.
 */
final class Reflow {
    /** The cursor's place in its logical line when it is past its row's cells in use. */
    private static final int AT_END = Integer.MAX_VALUE;

    private final List<Line> source;
    private final boolean[] consumed;
    private final int width;
    /** Where {@link #source} starts among all the grid's lines, for {@link #scrolled}. */
    private final int offset;
    /**
     * How many of the newest history lines scrolled there (rather than being cleared into it), the
     * ones a taller screen pulls back: tmux moves this count as lines split and join.
     */
    private int scrolled;
    /** The rewrapped lines: a {@link Line} moved across unchanged, or a {@link ReflowRow} built here. */
    private final List<Object> target = new ArrayList<>();

    private Reflow(List<Line> source, int width, int offset, int scrolled) {
        this.source = new ArrayList<>(source);
        this.consumed = new boolean[source.size()];
        this.width = width;
        this.offset = offset;
        this.scrolled = scrolled;
    }

    /**
     * Rewraps {@code lines} (oldest first) to {@code width}, the cursor at {@code cursorColumn}
     * ({@code width} or more for a wrap pending in the last column) of line {@code cursorRow}.
     * The lines are the grid's from line {@code offset} on (those before stay as they are), and
     * {@code scrolled} counts its history lines that scrolled there.
     */
    static Result of(List<Line> lines, int width, int cursorColumn, int cursorRow, int offset, int scrolled) {
        long place = wrapPosition(lines, cursorColumn, cursorRow);
        Reflow reflow = new Reflow(lines, width, offset, scrolled);
        reflow.run();
        return reflow.result((int) (place >>> 32), (int) place);
    }

    /**
     * What a reflow made: {@link #line}s, oldest first, each a line to keep as it is or a new one
     * of the new width, the cursor's column and index among them, and the count of scrolled
     * history lines, before it is cut to the new history's size.
     */
    record Result(List<Object> lines, int cursorColumn, int cursorRow, int scrolled) {
        /** Line {@code index}: either an unchanged line or a new {@link ScreenLine}. */
        Line line(int index, int width) {
            Object line = lines.get(index);
            return line instanceof ReflowRow row ? row.toScreenLine(width) : (Line) line;
        }

        int size() {
            return lines.size();
        }
    }

    private void run() {
        for (int index = 0; index < source.size(); index++) {
            if (consumed[index]) {
                continue;
            }
            Line line = source.get(index);
            int lineWidth = 0;
            int cut = 0;
            for (int column = 0; column < line.used(); column++) {
                int cell = line.width(column);
                if (cut == 0 && lineWidth + cell > width) {
                    cut = column;
                }
                lineWidth += cell;
            }
            if (lineWidth > width) {
                split(index, line, cut);
            } else if (lineWidth < width && line.wrapped()) {
                target.add(line);
                join(index, target.size() - 1, lineWidth);
            } else {
                target.add(line);
            }
        }
    }

    /** Splits a line too wide at {@code cut}, then lets its last piece take from the lines below. */
    private void split(int index, Line line, int cut) {
        ReflowRow first = ReflowRow.of(line, cut, width);
        first.setWrapped(true);
        target.add(first);
        int firstIndex = target.size() - 1;
        ReflowRow piece = new ReflowRow(width);
        target.add(piece);
        int pieceWidth = 0;
        for (int column = cut; column < line.used(); column++) {
            int cell = line.width(column);
            if (pieceWidth + cell > width) {
                piece.setWrapped(true);
                piece = new ReflowRow(width);
                target.add(piece);
                pieceWidth = 0;
            }
            pieceWidth += cell;
            piece.append(line, column);
        }
        if (offset + index <= scrolled) {
            scrolled += target.size() - 1 - firstIndex;
        }
        if (line.wrapped()) {
            piece.setWrapped(true);
            if (pieceWidth < width) {
                join(index, target.size() - 1, pieceWidth);
            }
        }
    }

    /**
     * Moves cells of the lines after {@code index} onto the end of target line {@code into}, which
     * is {@code filled} cells wide, for as long as they fit and the lines ran on into each other.
     */
    private void join(int index, int into, int filled) {
        int taken = 0;
        int lineWidth = filled;
        boolean runsOn = true;
        Line from = null;
        int fromIndex = -1;
        int want = 0;
        while (index + 1 + taken < source.size()) {
            int next = index + 1 + taken;
            Line line = source.get(next);
            if (!line.wrapped()) {
                runsOn = false;
            }
            if (line.used() == 0) {
                if (!runsOn) {
                    break;
                }
                taken++;
                continue;
            }
            if (lineWidth + line.width(0) > width) {
                break;
            }
            ReflowRow row = row(into);
            from = line;
            fromIndex = next;
            for (want = 0; want < line.used(); want++) {
                int cell = line.width(want);
                if (lineWidth + cell > width) {
                    break;
                }
                lineWidth += cell;
                row.append(line, want);
            }
            taken++;
            if (!runsOn || want != line.used() || lineWidth == width) {
                break;
            }
        }
        if (taken == 0) {
            return;
        }
        int left = from == null ? 0 : from.used() - want;
        if (left != 0) {
            source.set(fromIndex, remainder(from, want));
            taken--;
        } else if (!runsOn) {
            row(into).setWrapped(false);
        }
        for (int line = index + 1; line < index + 1 + taken; line++) {
            consumed[line] = true;
        }
        int to = offset + into;
        if (scrolled > to + taken) {
            scrolled -= taken;
        } else if (scrolled > to) {
            scrolled = to;
        }
    }

    /** The cells of {@code line} from {@code from} on, moved to its start. */
    private static Line remainder(Line line, int from) {
        ReflowRow rest = new ReflowRow(line.columns());
        for (int column = from; column < line.used(); column++) {
            rest.append(line, column);
        }
        rest.setWrapped(line.wrapped());
        return rest.toScreenLine(line.columns());
    }

    /** Target line {@code index} as a row to append to, made one if it was moved across unchanged. */
    private ReflowRow row(int index) {
        Object line = target.get(index);
        if (line instanceof ReflowRow row) {
            return row;
        }
        Line moved = (Line) line;
        ReflowRow row = ReflowRow.of(moved, moved.used(), width);
        target.set(index, row);
        return row;
    }

    private Result result(int placeColumn, int placeLine) {
        int last = target.size() - 1;
        int row = 0;
        for (int logical = 0; row < last && logical != placeLine; row++) {
            if (!wrapped(row)) {
                logical++;
            }
        }
        int column = placeColumn;
        if (column == AT_END) {
            while (row < last && wrapped(row)) {
                row++;
            }
            column = used(row);
        } else {
            while (row < last && wrapped(row) && column >= used(row)) {
                column -= used(row);
                row++;
            }
        }
        return new Result(target, column, row, scrolled);
    }

    /** Where the cursor is in its logical line: the logical line's index, and the cell within it (high half). */
    private static long wrapPosition(List<Line> lines, int column, int row) {
        int cell = 0;
        int logical = 0;
        for (int index = 0; index < row; index++) {
            Line line = lines.get(index);
            if (line.wrapped()) {
                cell += line.used();
            } else {
                cell = 0;
                logical++;
            }
        }
        cell = column >= lines.get(row).used() ? AT_END : cell + column;
        return (long) cell << 32 | logical & 0xFFFFFFFFL;
    }

    private boolean wrapped(int index) {
        Object line = target.get(index);
        return line instanceof ReflowRow row ? row.wrapped() : ((Line) line).wrapped();
    }

    private int used(int index) {
        Object line = target.get(index);
        return line instanceof ReflowRow row ? row.used() : ((Line) line).used();
    }
}
