package dev.mux.server.render;

import dev.mux.server.term.CellExtra;
import dev.mux.server.term.DecSpecialGraphics;
import dev.mux.server.term.Line;
import dev.mux.server.term.Screen;
import dev.mux.server.term.Style;
import dev.mux.server.term.WcWidth;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one client should see: a grid of cells (code point, packed {@link Style}, width) plus the
 * cursor. Panes, borders and status lines are drawn into it at offsets; {@link FrameDiff} then turns
 * the change from one frame to the next into bytes. A wide character fills its column and a
 * {@link Line#WIDE_CONTINUATION} cell to its right, exactly as in a {@link Line}.
 */
public final class Frame {
    private static final int BLANK = ' ';
    private static final int[] BLANK_CODE_POINTS = new int[4096];
    private static final long[] DEFAULT_STYLES = new long[BLANK_CODE_POINTS.length];

    static {
        Arrays.fill(BLANK_CODE_POINTS, BLANK);
        Arrays.fill(DEFAULT_STYLES, Style.DEFAULT);
    }

    private final int columns;
    private final int rows;
    private final int[] codePoints;
    private final long[] styles;
    /** Combining marks of the few cells that have them, by cell index. */
    private final Map<Integer, String> marks = new HashMap<>();
    /** Underline colours and hyperlinks of the few cells that have them, by cell index; as rare as marks. */
    private final Map<Integer, CellExtra> extras = new HashMap<>();
    /** Some cell holds the right half of a wide character (until {@link #clear()}). */
    private boolean wideHalves;
    /**
     * Per row, the screen line whose copy the whole row is, at {@link Line#version()}
     * {@link #rowVersions}, or null: any other drawing on a row forgets it. Two frames whose row
     * came from the same line at the same version show the same row ({@link #sameSource}), which
     * spares the diff comparing the rows a key did not change.
     */
    private final Line[] rowLines;
    private final long[] rowVersions;
    /**
     * Rows {@link #clear()} left as they were, to be blanked when first touched: a row the next
     * paint copies from the line it already holds, at the same version, is kept instead (most of
     * a frame, when a key changed one row).
     */
    private final boolean[] stale;
    private int cursorColumn;
    private int cursorRow;
    private boolean cursorVisible = true;

    /** A blank frame (default-style spaces) with the cursor visible at the top left. */
    public Frame(int columns, int rows) {
        this.columns = Math.max(1, columns);
        this.rows = Math.max(1, rows);
        codePoints = new int[this.columns * this.rows];
        styles = new long[this.columns * this.rows];
        Arrays.fill(codePoints, BLANK);
        rowLines = new Line[this.rows];
        rowVersions = new long[this.rows];
        stale = new boolean[this.rows];
    }

    /**
     * Blank again, as a new frame of its size: a client's view paints each frame into the one it
     * showed before the last, since a new frame per key (tens of KB) would fill the young
     * generation every few dozen keys and bring its collection pauses to the echo. Each row reads
     * as blank from now on, but is blanked only when first touched ({@link #stale}).
     */
    public Frame clear() {
        Arrays.fill(stale, true);
        marks.clear();
        extras.clear();
        wideHalves = false;
        cursorColumn = 0;
        cursorRow = 0;
        cursorVisible = true;
        return this;
    }

    /** A frame of the screen's size showing the screen and its cursor. */
    public static Frame of(Screen screen) {
        Frame frame = new Frame(screen.columns(), screen.rows());
        frame.drawScreen(screen, 0, 0);
        frame.setCursor(screen.cursorColumn(), screen.cursorRow(), screen.modes().cursorVisible());
        return frame;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public int codePoint(int column, int row) {
        return codePoints[index(column, row)];
    }

    public long style(int column, int row) {
        return styles[index(column, row)];
    }

    /** 2 for a wide character, 0 for the cell to its right, 1 otherwise. */
    public int width(int column, int row) {
        int codePoint = codePoint(column, row);
        if (codePoint == Line.WIDE_CONTINUATION) {
            return 0;
        }
        return WcWidth.of(codePoint) == 2 ? 2 : 1;
    }

    /** The cell's character with its combining marks; empty for the right half of a wide character. */
    public String text(int column, int row) {
        int index = index(column, row);
        if (codePoints[index] == Line.WIDE_CONTINUATION) {
            return "";
        }
        String base = Character.toString(codePoints[index]);
        return marks.isEmpty() ? base : base + marks.getOrDefault(index, "");
    }

    /** The cell's underline colour and hyperlink, or null. */
    public CellExtra extra(int column, int row) {
        return extras.isEmpty() ? null : extras.get(index(column, row));
    }

    public int cursorColumn() {
        return cursorColumn;
    }

    public int cursorRow() {
        return cursorRow;
    }

    public boolean cursorVisible() {
        return cursorVisible;
    }

    /** Places the cursor, clamped to the frame. */
    public void setCursor(int column, int row, boolean visible) {
        cursorColumn = Math.max(0, Math.min(column, columns - 1));
        cursorRow = Math.max(0, Math.min(row, rows - 1));
        cursorVisible = visible;
    }

    /** True if both frames show the same thing in cell {@code (column, row)}. */
    boolean sameCell(Frame other, int column, int row) {
        other.fresh(row);
        int index = index(column, row);
        return codePoints[index] == other.codePoints[index]
            && styles[index] == other.styles[index]
            && (marks.isEmpty() && other.marks.isEmpty() || Objects.equals(marks.get(index), other.marks.get(index)))
            && (extras.isEmpty() && other.extras.isEmpty() || Objects.equals(extras.get(index), other.extras.get(index)));
    }

    /**
     * Writes one character; a wide character that does not fit before the right edge, a control
     * character or a lone combining mark is drawn as a blank. Outside the frame nothing happens.
     *
     * @return the column after the character
     */
    public int put(int column, int row, int codePoint, long style) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            return column + 1;
        }
        int width = WcWidth.of(codePoint);
        if (width < 1 || column + width > columns) {
            setCell(column, row, BLANK, style);
            return column + 1;
        }
        setCell(column, row, codePoint, style);
        if (width == 2) {
            setCell(column + 1, row, Line.WIDE_CONTINUATION, style);
        }
        return column + width;
    }

    /**
     * Writes text from {@code column} on, clipped at the right edge.
     *
     * @return the column after the text
     */
    public int putString(int column, int row, String text, long style) {
        int next = column;
        for (int offset = 0; offset < text.length() && next < columns; ) {
            int codePoint = text.codePointAt(offset);
            next = put(next, row, codePoint, style);
            offset += Character.charCount(codePoint);
        }
        return next;
    }

    /** Gives a cell (both halves of a wide character) another style, keeping its character. */
    public void restyle(int column, int row, long style) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            return;
        }
        rowLines[row] = null;
        int start = codePoint(column, row) == Line.WIDE_CONTINUATION && column > 0 ? column - 1 : column;
        styles[index(start, row)] = style;
        if (start + 1 < columns && codePoints[index(start + 1, row)] == Line.WIDE_CONTINUATION) {
            styles[index(start + 1, row)] = style;
        }
    }

    /** Fills a rectangle with one character (a border, a blank area). */
    public void fill(int left, int top, int width, int height, int codePoint, long style) {
        int from = Math.max(0, left);
        int to = Math.min(columns, left + width);
        if (Line.isPlainNarrow(codePoint) && !wideHalves && marks.isEmpty() && extras.isEmpty() && from < to) {
            // What put does cell by cell when no wide character or mark is in the way (a status line).
            for (int row = Math.max(0, top); row < Math.min(rows, top + height); row++) {
                rowLines[row] = null;
                Arrays.fill(codePoints, index(from, row), index(to, row), codePoint);
                Arrays.fill(styles, index(from, row), index(to, row), style);
            }
            return;
        }
        for (int row = top; row < top + height; row++) {
            for (int column = left; column < left + width; column++) {
                put(column, row, codePoint, style);
            }
        }
    }

    /**
     * Gives the cells of a rectangle whose foreground or background is the terminal's default the
     * colour of {@code defaults} instead, as tmux draws a pane in its window-style: a colour the
     * program chose stays.
     */
    public void defaultColours(int left, int top, int width, int height, long defaults) {
        int foreground = Style.foreground(defaults);
        int background = Style.background(defaults);
        if (foreground == 0 && background == 0) return;
        for (int row = Math.max(0, top); row < Math.min(rows, top + height); row++) {
            rowLines[row] = null;
            for (int column = Math.max(0, left); column < Math.min(columns, left + width); column++) {
                int index = index(column, row);
                long style = styles[index];
                if (foreground != 0 && Style.foreground(style) == 0) style = Style.withForeground(style, foreground);
                if (background != 0 && Style.background(style) == 0) style = Style.withBackground(style, background);
                styles[index] = style;
            }
        }
    }

    /**
     * Copies the screen's visible rows with their top-left corner at {@code (left, top)}, clipped
     * to the frame. DEC special graphics become their Unicode line-drawing characters here, so
     * clients need no charset switching.
     */
    public void drawScreen(Screen screen, int left, int top) {
        for (int row = 0; row < screen.rows(); row++) {
            drawLine(screen.line(row), left, top + row, screen.columns());
        }
    }

    /** Copies at most {@code width} cells of a line to row {@code row} from column {@code left} on. */
    public void drawLine(Line line, int left, int row, int width) {
        int count = Math.min(Math.min(width, line.columns()), columns - left);
        if (row >= 0 && row < rows && stale[row] && left == 0 && count == columns && marks.isEmpty()
                && rowLines[row] == line && rowVersions[row] == line.version()) {
            // The row holds the whole-row copy of this line at this version already.
            stale[row] = false;
            return;
        }
        if (row >= 0 && row < rows && left >= 0 && count > 0 && marks.isEmpty() && extras.isEmpty()
                && !holdsWideHalves(row, left, count)
                && line.copyPlainCells(count, codePoints, styles, index(left, row))) {
            boolean wholeRow = left == 0 && count == columns;
            rowLines[row] = wholeRow ? line : null;
            rowVersions[row] = line.version();
            return;
        }
        for (int column = 0; column < Math.min(width, line.columns()) && left + column < columns; column++) {
            if (line.width(column) == 0) {
                continue;
            }
            drawCell(line, column, left + column, row);
        }
    }

    private void drawCell(Line line, int column, int frameColumn, int frameRow) {
        int codePoint = line.codePoint(column);
        long style = line.style(column);
        if (Style.has(style, Style.DEC_GRAPHICS)) {
            codePoint = DecSpecialGraphics.toUnicode(codePoint);
            style &= ~Style.DEC_GRAPHICS;
        }
        int next = put(frameColumn, frameRow, codePoint, style);
        // The marks alone, not line.text(): that builds a String for every cell drawn.
        String cellMarks = line.marks(column);
        boolean drawn = next - frameColumn == line.width(column);
        if (cellMarks != null && drawn && frameRow >= 0 && frameRow < rows && frameColumn >= 0) {
            marks.put(index(frameColumn, frameRow), cellMarks);
        }
        CellExtra extra = line.extra(column);
        if (extra != null && drawn && frameRow >= 0 && frameRow < rows && frameColumn >= 0) {
            extras.put(index(frameColumn, frameRow), extra);
        }
    }

    /**
     * Whether cells {@code left} to {@code left + count} (the one after included) hold the right
     * half of a wide character: writing there cell by cell would blank its other half, which a
     * plain copy does not.
     */
    private boolean holdsWideHalves(int row, int left, int count) {
        if (!wideHalves) return false;
        int end = Math.min(left + count, columns - 1);
        for (int column = left; column <= end; column++) {
            if (codePoints[index(column, row)] == Line.WIDE_CONTINUATION) return true;
        }
        return false;
    }

    /** True if both frames' {@code row} is a whole copy of the same line at the same version. */
    boolean sameSource(Frame other, int row) {
        fresh(row);
        other.fresh(row);
        return rowLines[row] != null && rowLines[row] == other.rowLines[row] && rowVersions[row] == other.rowVersions[row];
    }

    /** True if both frames show the same thing in every cell of {@code row}. */
    boolean sameRow(Frame other, int row) {
        other.fresh(row);
        int from = index(0, row);
        int to = from + columns;
        return marks.isEmpty() && other.marks.isEmpty() && extras.isEmpty() && other.extras.isEmpty()
            && Arrays.equals(codePoints, from, to, other.codePoints, from, to)
            && Arrays.equals(styles, from, to, other.styles, from, to);
    }

    /** Whether the cell shows a blank without combining marks. */
    boolean isPlainBlank(int column, int row) {
        int index = index(column, row);
        return codePoints[index] == BLANK && (marks.isEmpty() || !marks.containsKey(index))
            && (extras.isEmpty() || !extras.containsKey(index));
    }

    /** Sets one cell, first blanking the other half of any wide character it cuts in two. */
    private void setCell(int column, int row, int codePoint, long style) {
        rowLines[row] = null;
        int index = index(column, row);
        if (codePoints[index] == Line.WIDE_CONTINUATION && column > 0 && codePoint != Line.WIDE_CONTINUATION) {
            blank(index - 1);
        }
        if (column + 1 < columns && codePoints[index + 1] == Line.WIDE_CONTINUATION
            && codePoints[index] != Line.WIDE_CONTINUATION) {
            blank(index + 1);
        }
        codePoints[index] = codePoint;
        styles[index] = style;
        if (codePoint == Line.WIDE_CONTINUATION) wideHalves = true;
        forgetSideData(index);
    }

    private void blank(int index) {
        codePoints[index] = BLANK;
        forgetSideData(index);
    }

    /**
     * Combining marks and extras are rare, and each map operation boxes the index: a frame without any skips
     * the map, which was the renderer's main cost per key echo.
     */
    private void forgetSideData(int index) {
        if (!marks.isEmpty()) marks.remove(index);
        if (!extras.isEmpty()) extras.remove(index);
    }

    /** Where a cell is in the arrays; its row is blanked first if {@link #clear()} left it stale. */
    private int index(int column, int row) {
        fresh(row);
        return row * columns + column;
    }

    /** Kept this small for C1 to inline it into every cell access; the blanking is a call of its own. */
    private void fresh(int row) {
        if (stale[row]) blankStale(row);
    }

    private void blankStale(int row) {
        stale[row] = false;
        rowLines[row] = null;
        // Copied in from blank templates: System.arraycopy is as fast in a fresh JVM as in a warm
        // one, where Arrays.fill runs as bytecode until it is compiled.
        int start = row * columns;
        for (int done = 0; done < columns; done += BLANK_CODE_POINTS.length) {
            int length = Math.min(BLANK_CODE_POINTS.length, columns - done);
            System.arraycopy(BLANK_CODE_POINTS, 0, codePoints, start + done, length);
            System.arraycopy(DEFAULT_STYLES, 0, styles, start + done, length);
        }
    }
}
