package dev.mux.client;

/** A terminal's size in cells. */
record TerminalSize(int columns, int rows) {
    /** What a terminal that reports no size (no tty, a pipe, some CI runners) is taken to be. */
    static final TerminalSize FALLBACK = new TerminalSize(80, 24);

    /** No size is sent for commands that cannot attach: the server then knows there is nothing to size. */
    static final TerminalSize NONE = new TerminalSize(0, 0);

    /** This size, or {@link #FALLBACK} when either side reads as zero. */
    TerminalSize orFallback() {
        return columns > 0 && rows > 0 ? this : FALLBACK;
    }
}
