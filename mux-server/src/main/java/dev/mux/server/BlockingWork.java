package dev.mux.server;

import dev.mux.server.loop.EventLoop;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The one worker thread for work that may block (D-Bus, logind, /proc of a process in
 * uninterruptible sleep): the loop must never wait on it. Results, and failures, go back to the loop.
 */
final class BlockingWork {
    private final EventLoop loop;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "blocking-work");
        thread.setDaemon(true);
        return thread;
    });

    BlockingWork(EventLoop loop) {
        this.loop = loop;
    }

    /** Runs {@code work} on the worker, then {@code then} with its result, or {@code failed} with what it threw, on the loop. */
    <T> void offLoop(Callable<T> work, Consumer<T> then, Consumer<Exception> failed) {
        worker.execute(() -> {
            try {
                T result = work.call();
                loop.post(() -> then.accept(result));
            } catch (Exception e) {
                loop.post(() -> failed.accept(e));
            }
        });
    }
}
