package dev.mux.server.layout;

/**
 * A straight run of one-cell-wide separator between panes, starting at (x, y): downwards for
 * {@code vertical} (drawn │), rightwards otherwise (drawn ─). Where runs cross or touch, the
 * renderer draws the junction.
 */
public record Border(int x, int y, int length, boolean vertical) {
}
