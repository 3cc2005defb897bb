package dev.mux.server.style;

/**
 * Cells {@code start} (inclusive) to {@code end} (exclusive) of a drawn line that a click maps to
 * something: the left or right part of the status line, or the window with index {@code argument}.
 */
public record StyleRange(StyleSpec.RangeType type, int argument, int start, int end) {
    public boolean contains(int column) {
        return column >= start && column < end;
    }
}
