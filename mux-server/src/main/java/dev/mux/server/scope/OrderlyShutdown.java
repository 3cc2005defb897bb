package dev.mux.server.scope;

import dev.mux.scope.DelayLock;
import dev.mux.scope.LogindSignals;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shutdown and sleep in order, where logind is present: the server holds a delay inhibitor lock for
 * each ({@code systemd-inhibit --list} shows "mux"). On PrepareForShutdown(true) it runs its
 * {@link ShutdownPreparation}s (the final snapshot), hangs its panes up as its stop procedure does,
 * then lets go of the lock, so logind goes on at once instead of waiting out InhibitDelayMaxSec. On
 * PrepareForSleep(true) it runs the preparations and lets go of the sleep lock, which it takes
 * again on waking. Locks and signals are taken off the loop, on a thread of their own; what touches
 * the model runs on the loop.
 */
public final class OrderlyShutdown implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OrderlyShutdown.class);
    /** Under logind's default InhibitDelayMaxSec (5 s), leaving time for the hangup. */
    static final Duration PREPARATION_LIMIT = Duration.ofSeconds(3);
    private static final Duration LOCK_LIMIT = Duration.ofSeconds(2);
    static final String WHO = "mux";
    public static final String SHUTDOWN_REASON = "the machine shut down";
    static final String SLEEP_REASON = "the machine went to sleep";

    /** How the server hangs up every pane; on the loop, {@code stopped} runs on the loop when the stop is over. */
    @FunctionalInterface
    public interface HangUp {
        void hangUpAll(String why, Runnable stopped);
    }

    private final Map<String, String> env;
    private final Consumer<Runnable> loop;
    private final HangUp hangUp;
    private final String why;
    private final List<ShutdownPreparation> preparations = new CopyOnWriteArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "logind-inhibit");
        thread.setDaemon(true);
        return thread;
    });
    /** Only the worker touches the locks and the listening connection. */
    private DelayLock shutdownLock;
    private DelayLock sleepLock;
    private volatile LogindSignals signals;

    private OrderlyShutdown(Map<String, String> env, Consumer<Runnable> loop, HangUp hangUp, String why) {
        this.env = Map.copyOf(env);
        this.loop = loop;
        this.hangUp = hangUp;
        this.why = why;
    }

    /** Starts listening and takes the locks, off the loop; logs one line saying how that went. */
    public static OrderlyShutdown start(Map<String, String> env, Consumer<Runnable> loop, HangUp hangUp, String socket) {
        OrderlyShutdown shutdown = new OrderlyShutdown(env, loop, hangUp,
                "save the sessions and hang the panes up first (server " + ProcessHandle.current().pid() + " on " + socket + ")");
        shutdown.worker.execute(shutdown::listenAndLock);
        return shutdown;
    }

    /** Whether logind's signals are heard (for tests and the log). */
    public boolean listening() {
        return signals != null;
    }

    /** Adds work to do before shutdown and sleep (snapshot's final write). */
    public void prepareWith(ShutdownPreparation preparation) {
        preparations.add(preparation);
    }

    private void listenAndLock() {
        LogindSignals.Listening listening = LogindSignals.listen(env, LOCK_LIMIT, this::shutdownSignal, this::sleepSignal);
        if (!listening.listening()) {
            LOG.info("logind: no orderly shutdown: {}", listening.whyNot());
            return;
        }
        signals = listening.signals();
        shutdownLock = take("shutdown");
        sleepLock = take("sleep");
    }

    private DelayLock take(String what) {
        DelayLock.Taken taken = DelayLock.take(what, WHO, why, env, LOCK_LIMIT);
        if (taken.held()) {
            LOG.info("logind: holding a delay lock for {} (systemd-inhibit pid {})", what, taken.lock().holderPid());
        } else {
            LOG.info("logind: no delay lock for {}: {}", what, taken.whyNot());
        }
        return taken.lock();
    }

    /** On dbus-java's thread. */
    private void shutdownSignal(boolean start) {
        if (!start) return;
        long signalled = System.nanoTime();
        LOG.info("logind: the machine is shutting down");
        loop.accept(() -> prepare(SHUTDOWN_REASON, signalled, prepared ->
                hangUp.hangUpAll("system shutdown", () -> worker.execute(() -> {
                    release(shutdownLock);
                    shutdownLock = null;
                    // Before the system bus goes down with the machine, which dbus-java would log as a failure.
                    if (signals != null) signals.close();
                    signals = null;
                    LOG.info("logind: preparations took {} ms, panes hung up, delay lock released {} ms after the signal",
                            prepared, millisSince(signalled));
                }))));
    }

    /** On dbus-java's thread. */
    private void sleepSignal(boolean start) {
        if (!start) {
            worker.execute(() -> {
                if (sleepLock == null) sleepLock = take("sleep");
            });
            return;
        }
        long signalled = System.nanoTime();
        loop.accept(() -> prepare(SLEEP_REASON, signalled, prepared -> worker.execute(() -> {
            release(sleepLock);
            sleepLock = null;
            LOG.info("logind: going to sleep; preparations took {} ms, delay lock released", prepared);
        })));
    }

    /** On the loop: starts every preparation, then, on the loop, {@code then} with their time in ms, at most {@link #PREPARATION_LIMIT}. */
    private void prepare(String reason, long signalled, Consumer<Long> then) {
        CompletableFuture<?>[] running = preparations.stream().map(p -> started(p, reason)).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(running)
                .orTimeout(PREPARATION_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((done, failure) -> {
                    if (failure != null) LOG.warn("logind: preparing for '{}' failed or took too long: {}", reason, failure.toString());
                    long millis = millisSince(signalled);
                    loop.accept(() -> then.accept(millis));
                });
    }

    private static CompletableFuture<Void> started(ShutdownPreparation preparation, String reason) {
        try {
            return preparation.prepare(reason);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void release(DelayLock lock) {
        if (lock != null) lock.close();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** At the server's end: lets go of what is still held. Blocks up to a second per lock. */
    @Override
    public void close() {
        worker.execute(() -> {
            release(shutdownLock);
            release(sleepLock);
            if (signals != null) signals.close();
        });
        worker.shutdown();
        try {
            worker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
