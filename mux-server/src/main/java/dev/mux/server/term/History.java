package dev.mux.server.term;

/**
 * Lines that scrolled off the top of the screen, oldest first, in a ring that holds at most
 * {@code limit} lines. Like tmux, a full history drops its oldest tenth at once (at least one line)
 * before taking a new line, so its size, and what {@code capture-pane -S -} shows, match tmux's.
 * Pushing onto a full ring hands back an evicted line for reuse.
 */
final class History {
    private final int limit;
    private Line[] ring = new Line[0];
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
    Line get(int index) {
        return ring[(first + index) % ring.length];
    }

    /** Adds the newest line; returns a line that fell out (or {@code line} itself if the limit is 0), else null. */
    Line push(Line line) {
        if (limit == 0) {
            return line;
        }
        Line evicted = size == limit ? dropOldest(Math.max(1, limit / 10)) : null;
        grow();
        ring[(first + size) % ring.length] = line;
        size++;
        return evicted;
    }

    /** Forgets the {@code count} oldest lines and returns the last of them. */
    private Line dropOldest(int count) {
        Line dropped = null;
        for (int step = 0; step < count; step++) {
            dropped = ring[first];
            ring[first] = null;
            first = (first + 1) % ring.length;
        }
        size -= count;
        return dropped;
    }

    /** Removes and returns the newest line, or null if there is none. */
    Line popNewest() {
        if (size == 0) {
            return null;
        }
        int index = (first + size - 1) % ring.length;
        Line newest = ring[index];
        ring[index] = null;
        size--;
        return newest;
    }

    void clear() {
        ring = new Line[0];
        first = 0;
        size = 0;
    }

    /** Doubles the ring (up to the limit) when it is full, straightening it so index 0 is at slot 0. */
    private void grow() {
        if (size < ring.length) {
            return;
        }
        Line[] bigger = new Line[Math.min(limit, Math.max(16, ring.length * 2))];
        for (int index = 0; index < size; index++) {
            bigger[index] = get(index);
        }
        ring = bigger;
        first = 0;
    }
}
