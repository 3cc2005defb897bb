package dev.mux.server.overlay;

/**
 * What a client shows, as the positions of a menu or popup are worked out from it: its size, its
 * status line ({@code statusRows} 0 when off, at the top or bottom), and where on the status line
 * the window list shows the window the overlay is for ({@code windowStatusX} -1 when it does not).
 */
public record ClientArea(int columns, int rows, int statusRows, boolean statusTop, int windowStatusX,
                         int windowStatusLine) {}
