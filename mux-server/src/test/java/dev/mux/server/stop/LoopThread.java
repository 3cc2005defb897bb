package dev.mux.server.stop;

import dev.mux.server.loop.EventLoop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/** A server event loop on a thread of its own, for tests that drive loop-owned objects. */
final class LoopThread implements AutoCloseable {
    private final CompletableFuture<EventLoop> started = new CompletableFuture<>();
    private final Thread thread;

    LoopThread() {
        thread = new Thread(this::run, "test-loop");
        thread.setDaemon(true);
        thread.start();
    }

    EventLoop loop() throws Exception {
        return started.get(5, TimeUnit.SECONDS);
    }

    /** Runs {@code action} on the loop and returns what it completes, waiting at most {@code seconds}. */
    <T> T call(Function<CompletableFuture<T>, Runnable> action, long seconds)
            throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop().post(action.apply(result));
        try {
            return result.get(seconds, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the loop did not complete within " + seconds + " s", e);
        }
    }

    private void run() {
        try {
            EventLoop loop = new EventLoop();
            started.complete(loop);
            loop.run();
        } catch (IOException e) {
            started.completeExceptionally(e);
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        loop().stop();
        thread.join(5000);
    }
}
