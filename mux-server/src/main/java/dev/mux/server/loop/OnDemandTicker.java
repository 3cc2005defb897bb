package dev.mux.server.loop;

import java.util.function.BooleanSupplier;

/**
 * A periodic task on the loop that ticks only while it has something to look at, so that an idle
 * server is not woken for it (tmux, likewise, keeps its status timer only while clients are
 * attached). Its owner calls {@link #wake} when what the task watches may have appeared (an option
 * changed, a client attached); each tick first asks whether it is still needed, and stops if not.
 * Loop thread only.
 */
public final class OnDemandTicker {
    private final EventLoop loop;
    private final long periodMillis;
    private final BooleanSupplier needed;
    private final Runnable task;
    private boolean ticking;

    public OnDemandTicker(EventLoop loop, long periodMillis, BooleanSupplier needed, Runnable task) {
        this.loop = loop;
        this.periodMillis = periodMillis;
        this.needed = needed;
        this.task = task;
    }

    /** Starts ticking if the task is needed now; nothing (not even the check) while it ticks already. */
    public void wake() {
        if (ticking || !needed.getAsBoolean()) return;
        ticking = true;
        loop.schedule(periodMillis, this::tick);
    }

    public boolean ticking() {
        return ticking;
    }

    private void tick() {
        if (!needed.getAsBoolean()) {
            ticking = false;
            return;
        }
        // Before the task: a task that throws (logged by the loop) does not stop the ticking.
        loop.schedule(periodMillis, this::tick);
        task.run();
    }
}
