package dev.mux.server;

import dev.mux.server.notify.Notification;
import dev.mux.server.notify.Notifications;
import java.util.function.BiFunction;

/**
 * Gives the heap's unused room back to the system some time after windows or sessions went away.
 * The serial collector shrinks the heap, and returns its pages, only in a full collection, which a
 * server that has gone quiet never has: after 20 panes with 10k lines of history each were closed,
 * the server kept their 9 MiB resident for good (bench/memory's figures; README.md, Benchmarks).
 * One full collection, once nothing more has closed for {@link #QUIET_MILLIS}, gives it back
 * ({@code -XX:-ShrinkHeapInSteps} in bin/mux-server has it shrink all the way at once). It stops
 * the loop for a few tens of milliseconds, which is why it waits for the closing to be over rather
 * than running after each window. Loop thread only.
 */
final class HeapGiveBack implements Notifications.Watcher {
    static final long QUIET_MILLIS = 30_000;

    private final BiFunction<Long, Runnable, Runnable> scheduler;
    private final Runnable collect;
    /** Cancels the collection waiting for the quiet to last; null when none waits. */
    private Runnable pending;

    /**
     * {@code scheduler} runs a task after a delay and returns what cancels it (the loop's timers);
     * {@code collect} is the full collection ({@code System::gc}).
     */
    HeapGiveBack(BiFunction<Long, Runnable, Runnable> scheduler, Runnable collect) {
        this.scheduler = scheduler;
        this.collect = collect;
    }

    @Override
    public void notified(Notification notification) {
        if (!(notification instanceof Notification.WindowUnlinked || notification instanceof Notification.SessionClosed)) return;
        if (pending != null) pending.run();
        pending = scheduler.apply(QUIET_MILLIS, () -> {
            pending = null;
            collect.run();
        });
    }
}
