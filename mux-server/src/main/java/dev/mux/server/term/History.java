package dev.mux.server.term;

/**
 * Lines that scrolled off the top of the screen, oldest first, in a ring that holds at most
 * {@code limit} lines. Like tmux, a full history drops its oldest tenth at once (at least one line)
 * before taking a new line, so its size, and what {@code capture-pane -S -} shows, match tmux's.
 * The lines are compact and immutable ({@link HistoryLine}): nothing is handed back for reuse, and
 * the one change history makes, ending the newest line's wrapping, replaces that line.
 */
final class History {
    private final int limit;
    private HistoryLine[] ring = new HistoryLine[0];
    private int first;
    private int size;

    History(int limit) {
        this.limit = Math.max(0, limit);
    }

    /** False for a grid that keeps no history (limit 0), where scrolled-off lines are dropped. */
    boolean enabled() {
        return limit > 0;
    }

    int size() {
        return size;
    }

    /** Line {@code index}, 0 being the oldest. */
    HistoryLine get(int index) {
        return ring[slot(index)];
    }

    /** Adds the newest line, first dropping the oldest tenth if full; a limit of 0 drops the line. */
    void push(HistoryLine line) {
        if (limit == 0) {
            return;
        }
        if (size == limit) {
            dropOldest(Math.max(1, limit / 10));
        }
        grow();
        ring[slot(size)] = line;
        size++;
    }

    /** Ends the wrapping of the newest line, if any: the line below it is no longer its continuation. */
    void unwrapNewest() {
        if (size > 0) {
            int slot = slot(size - 1);
            ring[slot] = ring[slot].withWrapped(false);
        }
    }

    /** Forgets the {@code count} oldest lines. */
    private void dropOldest(int count) {
        for (int step = 0; step < count; step++) {
            ring[first] = null;
            first = (first + 1) % ring.length;
        }
        size -= count;
    }

    /** Removes and returns the newest line, or null if there is none. */
    HistoryLine popNewest() {
        if (size == 0) {
            return null;
        }
        int slot = slot(size - 1);
        HistoryLine newest = ring[slot];
        ring[slot] = null;
        size--;
        return newest;
    }

    void clear() {
        ring = new HistoryLine[0];
        first = 0;
        size = 0;
    }

    private int slot(int index) {
        return (first + index) % ring.length;
    }

    /** Doubles the ring (up to the limit) when it is full, straightening it so index 0 is at slot 0. */
    private void grow() {
        if (size < ring.length) {
            return;
        }
        HistoryLine[] bigger = new HistoryLine[Math.min(limit, Math.max(16, ring.length * 2))];
        for (int index = 0; index < size; index++) {
            bigger[index] = get(index);
        }
        ring = bigger;
        first = 0;
    }
}
