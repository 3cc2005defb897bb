package dev.mux.server.term;

/**
 * Lines that scrolled off the top of the screen, oldest first, in a ring that holds at most
 * {@code limit} lines. Pushing onto a full ring hands back the evicted line for reuse.
 */
final class History {
    private final int limit;
    private Line[] ring = new Line[0];
    private int first;
    private int size;

    History(int limit) {
        this.limit = Math.max(0, limit);
    }

    int size() {
        return size;
    }

    /** Line {@code index}, 0 being the oldest. */
    Line get(int index) {
        return ring[(first + index) % ring.length];
    }

    /** Adds the newest line; returns the line that fell out (or {@code line} itself if the limit is 0), else null. */
    Line push(Line line) {
        if (limit == 0) {
            return line;
        }
        if (size < limit) {
            grow();
            ring[(first + size) % ring.length] = line;
            size++;
            return null;
        }
        Line evicted = ring[first];
        ring[first] = line;
        first = (first + 1) % ring.length;
        return evicted;
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
