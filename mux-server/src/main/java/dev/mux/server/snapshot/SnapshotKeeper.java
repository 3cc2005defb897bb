package dev.mux.server.snapshot;

import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Sessions;
import dev.mux.server.options.Options;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the server's snapshot up to date: after each batch of the loop it checks whether anything
 * changed (a counter of the model's notifications and pane outputs, of option and buffer changes);
 * a change arms a timer, and the snapshot is taken once nothing changed for {@link #SETTLE_MILLIS},
 * or at the latest {@link #MAX_DELAY_MILLIS} after the first change while output goes on. The copy
 * is taken on the loop ({@link StateCopier}); developing it into text, compressing and writing
 * happen on the one {@code snapshot-writer} thread, where a queued ordinary write that a newer one
 * overtook is skipped.
 *
 * <p>A final snapshot (one with a reason: the server stops on a signal, the machine shuts down)
 * ends the keeping: what the stop does to the model afterwards is not written over it. A server
 * that ends without one (kill-server, its last session ended) deletes its snapshot: nothing was lost.
 */
public final class SnapshotKeeper implements FinalSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotKeeper.class);
    /** Quiet time after a change before the snapshot is taken. */
    static final long SETTLE_MILLIS = 2000;
    /** The longest a change waits for its snapshot while changes keep coming. */
    static final long MAX_DELAY_MILLIS = 10_000;
    /** How long the server's exit waits for a write under way. */
    private static final long EXIT_WAIT_SECONDS = 10;

    private final EventLoop loop;
    private final Sessions sessions;
    private final StateCopier copier;
    private final PaneDeveloper developer = new PaneDeveloper();
    private final SnapshotFiles files;
    private final LongSupplier changes;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "snapshot-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final SnapshotCosts costs = new SnapshotCosts();

    // Loop thread only.
    private long seen = -1;
    private long seenWhenArmed;
    private long firstChangeNanos;
    private EventLoop.Timer timer;
    private boolean finished;
    /** Ordinary writes queued; one that a newer one overtook is skipped. */
    private volatile long newestSubmitted;

    public SnapshotKeeper(EventLoop loop, Sessions sessions, PasteBuffers buffers, SnapshotFiles files,
                          LongSupplier notificationsTold) {
        this.loop = loop;
        this.sessions = sessions;
        this.copier = new StateCopier(sessions, buffers);
        this.files = files;
        this.changes = () -> notificationsTold.getAsLong() + Options.changes() + buffers.changes();
    }

    public SnapshotFiles files() {
        return files;
    }

    /** What snapshots cost so far, for save-snapshot's report and the bench. */
    public SnapshotCosts costs() {
        return costs;
    }

    /** From now on, changes are snapshotted. */
    public void start() {
        loop.addBatchHook(this::afterBatch);
    }

    private boolean enabled() {
        return !finished && sessions.options().server().flag("snapshot");
    }

    private void afterBatch() {
        long now = changes.getAsLong();
        if (now == seen) return;
        seen = now;
        if (timer != null || !enabled()) return;
        firstChangeNanos = System.nanoTime();
        seenWhenArmed = seen;
        timer = loop.schedule(SETTLE_MILLIS, this::due);
    }

    private void due() {
        timer = null;
        if (!enabled()) return;
        long waited = (System.nanoTime() - firstChangeNanos) / 1_000_000L;
        if (seen != seenWhenArmed && waited < MAX_DELAY_MILLIS) {
            seenWhenArmed = seen;
            timer = loop.schedule(Math.min(SETTLE_MILLIS, MAX_DELAY_MILLIS - waited), this::due);
            return;
        }
        submit(null, new CompletableFuture<>());
    }

    @Override
    public CompletableFuture<Void> writeNow(String reason) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.post(() -> writeOnLoop(reason, done));
        return done;
    }

    /** {@link #writeNow} from the loop thread itself: the state is copied before this returns. */
    public CompletableFuture<Void> writeNowOnLoop(String reason) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        writeOnLoop(reason, done);
        return done;
    }

    private void writeOnLoop(String reason, CompletableFuture<Void> done) {
        if (!enabled()) {
            done.complete(null);
            return;
        }
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        if (reason != null) finished = true;
        submit(reason, done);
    }

    private void submit(String reason, CompletableFuture<Void> done) {
        long start = System.nanoTime();
        StateCopier.Copy copy;
        try {
            copy = copier.copy(reason, BootId.current());
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("snapshot: copying the state failed", e);
            done.completeExceptionally(e);
            return;
        }
        costs.copied(System.nanoTime() - start);
        long sequence = ++newestSubmitted;
        boolean ordinary = reason == null;
        writer.execute(() -> {
            if (ordinary && sequence != newestSubmitted) {
                done.complete(null);
                return;
            }
            long began = System.nanoTime();
            try {
                long bytes = files.write(developer.develop(copy));
                costs.written(System.nanoTime() - began, bytes);
                done.complete(null);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                LOG.warn("snapshot: cannot write {}: {}", files.current(), e.toString());
                done.completeExceptionally(e);
            }
        });
    }

    /**
     * The server exits: waits for a write under way, then deletes the snapshot unless a final one
     * was written (the server ended on purpose, with nothing left to restore).
     */
    public void close() {
        boolean keep = finished;
        finished = true;
        writer.shutdown();
        try {
            if (!writer.awaitTermination(EXIT_WAIT_SECONDS, TimeUnit.SECONDS)) LOG.warn("snapshot: write still under way at exit");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (keep) return;
        try {
            files.deleteCurrent();
        } catch (IOException e) {
            LOG.warn("snapshot: cannot delete {}: {}", files.current(), e.toString());
        }
    }
}
