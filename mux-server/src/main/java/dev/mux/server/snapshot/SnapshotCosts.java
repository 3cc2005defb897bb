package dev.mux.server.snapshot;

import java.util.concurrent.atomic.AtomicLong;

/** What the snapshots cost so far: time on the loop copying, time writing, bytes written. Any thread. */
public final class SnapshotCosts {
    private final AtomicLong copies = new AtomicLong();
    private final AtomicLong copyNanos = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong writeNanos = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong lastBytes = new AtomicLong();
    private final AtomicLong lastCopyNanos = new AtomicLong();
    private final AtomicLong lastWriteNanos = new AtomicLong();

    void copied(long nanos) {
        copies.incrementAndGet();
        copyNanos.addAndGet(nanos);
        lastCopyNanos.set(nanos);
    }

    void written(long nanos, long size) {
        writes.incrementAndGet();
        writeNanos.addAndGet(nanos);
        lastWriteNanos.set(nanos);
        bytes.addAndGet(size);
        lastBytes.set(size);
    }

    /** One line: how many snapshots, their mean cost on the loop and on the writer, and bytes. */
    public String summary() {
        long copied = Math.max(1, copies.get());
        long wrote = Math.max(1, writes.get());
        return String.format("%d snapshots written, %d bytes in all, last %d bytes; copy on the loop %.2f ms, "
                        + "write %.2f ms on average; last copy %.2f ms, last write %.2f ms", writes.get(), bytes.get(),
                lastBytes.get(), copyNanos.get() / 1e6 / copied, writeNanos.get() / 1e6 / wrote,
                lastCopyNanos.get() / 1e6, lastWriteNanos.get() / 1e6);
    }
}
