package dev.mux.scope;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a piece of bus work on a daemon thread and waits for it at most a given time. Each call on
 * the bus has its own timeout, but opening a connection (socket, SASL, Hello) has none we control:
 * a peer that accepts and never answers must not hang the server's start.
 */
final class Bounded {
    private Bounded() {}

    static <T> T within(String what, Duration limit, Callable<T> work, Supplier<T> onTimeout, Function<Exception, T> onFailure) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | LinkageError e) {
                result.completeExceptionally(e);
            }
        }, what);
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return onTimeout.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return onFailure.apply(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return onFailure.apply(cause instanceof Exception ex ? ex : new RuntimeException(cause));
        }
    }
}
