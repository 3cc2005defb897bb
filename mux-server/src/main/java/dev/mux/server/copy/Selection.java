package dev.mux.server.copy;

import java.util.Optional;

/**
 * Copy mode's selection, as tmux's: an anchor where it began and an end that follows the cursor
 * (until stop-selection fixes it), taken as whole lines after select-line, or as a rectangle of
 * columns (rectangle-toggle), which stays chosen across selections until toggled off.
 */
final class Selection {
    private Position anchor;
    /** Where the end stays after stop-selection; null while it follows the cursor. */
    private Position fixedEnd;
    private boolean lines;
    private boolean rectangle;

    boolean active() {
        return anchor != null;
    }

    Position anchor() {
        return anchor;
    }

    boolean rectangle() {
        return rectangle;
    }

    void begin(Position at, boolean wholeLines) {
        anchor = at;
        fixedEnd = null;
        lines = wholeLines;
    }

    void clear() {
        anchor = null;
        fixedEnd = null;
        lines = false;
    }

    /** stop-selection: the cursor moves on without taking the selection with it. */
    void stop(Position cursor) {
        if (anchor != null && fixedEnd == null) fixedEnd = cursor;
        lines = false;
    }

    /** rectangle-on/-off/-toggle: a selection taken by columns, no longer by whole lines. */
    void setRectangle(boolean on) {
        rectangle = on;
        lines = false;
    }

    /** other-end: the anchor becomes the end, which the cursor then moves. */
    void swap(Position cursor) {
        if (anchor == null) return;
        anchor = end(cursor);
        fixedEnd = null;
    }

    /** Returns where the end was before this swap, for the cursor to go to. */
    Position end(Position cursor) {
        return fixedEnd != null ? fixedEnd : cursor;
    }

    /**
     * The selected cells, first and last included, as a stream of lines: the first line's start
     * column and the last line's end column. In vi the cell under the cursor is part of the
     * selection; in emacs the selection stops before it, as Emacs's region does.
     */
    Optional<Position[]> range(Position cursor, ModeKeys keys) {
        if (anchor == null) return Optional.empty();
        Position start = Position.min(anchor, end(cursor));
        Position end = Position.max(anchor, end(cursor));
        if (lines) {
            return Optional.of(new Position[] {new Position(start.line(), 0), new Position(end.line(), Integer.MAX_VALUE - 1)});
        }
        if (keys == ModeKeys.EMACS && !rectangle) {
            if (start.equals(end)) return Optional.empty();
            end = end.column() > 0 ? new Position(end.line(), end.column() - 1)
                    : new Position(end.line() - 1, Integer.MAX_VALUE - 1);
        }
        return Optional.of(new Position[] {start, end});
    }

    /** A rectangle's columns [left, right), as tmux copies them: emacs leaves out the cursor's column when it is the right edge. */
    int[] columns(Position cursor, ModeKeys keys) {
        int anchorColumn = anchor.column();
        int cursorColumn = end(cursor).column();
        if (anchorColumn < cursorColumn) {
            return new int[] {anchorColumn, keys == ModeKeys.EMACS ? cursorColumn : cursorColumn + 1};
        }
        return new int[] {cursorColumn, anchorColumn + 1};
    }

    boolean contains(Position cell, Position cursor, ModeKeys keys) {
        Optional<Position[]> range = range(cursor, keys);
        if (range.isEmpty()) return false;
        if (cell.compareTo(new Position(range.get()[0].line(), 0)) < 0 || cell.line() > range.get()[1].line()) return false;
        if (rectangle) {
            int[] columns = columns(cursor, keys);
            return cell.column() >= columns[0] && cell.column() < columns[1];
        }
        return cell.compareTo(range.get()[0]) >= 0 && cell.compareTo(range.get()[1]) <= 0;
    }
}
