package dev.mux.server.layout;

/** Where a pane sits in its window, in cells, borders excluded (tmux's pane_left/top/width/height). */
public record Geometry(int x, int y, int columns, int rows) {
}
