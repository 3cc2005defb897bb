package dev.mux.server.snapshot;

import java.util.concurrent.CompletableFuture;

/**
 * Writes the server's snapshot now, whatever the debounce would have waited for: before a shutdown
 * or sleep (logind's PrepareForShutdown/PrepareForSleep) and before the server stops on a signal.
 * Safe to call from any thread: the state is copied on the event loop, then written, fsynced and
 * renamed into place on the snapshot thread.
 */
@FunctionalInterface
public interface FinalSnapshot {
    /**
     * Starts the write; the future completes once the file is on disk (renamed into place after its
     * fsync), or exceptionally with the reason it could not be written. {@code reason} is what the
     * restored panes will say ended them ("the machine shut down"), null for an ordinary snapshot.
     * A caller that must hold something until then (a logind delay lock) waits on the future with
     * a timeout of its own.
     */
    CompletableFuture<Void> writeNow(String reason);
}
