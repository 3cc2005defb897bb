package dev.mux.server;

import dev.mux.server.cmd.CommandException;

/**
 * Whether a new screen fits in the server's bounded heap with room to spare. A window that only just
 * fits would leave the server nothing to answer the next request with (every later command would run
 * out of memory), so a new screen is refused unless a reserve stays free after it.
 */
final class HeapRoom {
    /** What a cell of a screen line holds: its code point (an int) and its style (a long). */
    static final long BYTES_PER_CELL = Integer.BYTES + Long.BYTES;
    /** The smallest reserve, for heaps so small that an eighth of them is not enough to work in. */
    private static final long MIN_RESERVE_BYTES = 8L << 20;

    private HeapRoom() {
    }

    /** Throws {@code out of memory} unless a screen of {@code columns} x {@code rows} fits with the reserve left. */
    static void ensureRoomFor(int columns, int rows) throws CommandException {
        Runtime runtime = Runtime.getRuntime();
        long needed = (long) columns * rows * BYTES_PER_CELL + Math.max(MIN_RESERVE_BYTES, runtime.maxMemory() / 8);
        if (free(runtime) >= needed) return;
        // What looks used may be garbage (killed windows' screens). Allocating the screen would make
        // the JVM collect fully at this point anyway; collecting first lets the answer be right.
        System.gc();
        if (free(runtime) < needed) throw new CommandException("out of memory");
    }

    private static long free(Runtime runtime) {
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }
}
