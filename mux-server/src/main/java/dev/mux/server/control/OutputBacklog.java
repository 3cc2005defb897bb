package dev.mux.server.control;

import java.util.ArrayDeque;

/**
 * How old the oldest output is that a control client has been sent and not yet taken from its
 * socket: marks of (bytes queued in all, when), dropped as the written total passes them. Marks
 * closer than {@link #MARK_SPACING_NANOS} share one, so a client that never reads costs a bounded
 * number of them per second, not one per pane read.
 */
final class OutputBacklog {
    private static final long MARK_SPACING_NANOS = 100_000_000L;

    private record Mark(long queuedTotal, long nanos) {}

    private final ArrayDeque<Mark> marks = new ArrayDeque<>();

    /** Output was queued: the connection's queued total is {@code queuedTotal} at {@code nanos}. */
    void queued(long queuedTotal, long nanos) {
        Mark last = marks.peekLast();
        if (last != null && nanos - last.nanos() < MARK_SPACING_NANOS) {
            marks.pollLast();
            marks.add(new Mark(queuedTotal, last.nanos()));
        } else {
            marks.add(new Mark(queuedTotal, nanos));
        }
    }

    /** Milliseconds the oldest output not yet written has waited, 0 when all is written. */
    long ageMillis(long writtenTotal, long nanos) {
        while (!marks.isEmpty() && marks.peekFirst().queuedTotal() <= writtenTotal) marks.pollFirst();
        return marks.isEmpty() ? 0 : (nanos - marks.peekFirst().nanos()) / 1_000_000L;
    }
}
