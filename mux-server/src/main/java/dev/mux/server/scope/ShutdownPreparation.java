package dev.mux.server.scope;

import java.util.concurrent.CompletableFuture;

/**
 * Work that must be done before the machine shuts down or sleeps, while mux's delay lock holds
 * logind back: a final snapshot of the sessions. Called on the loop; the future completes when the
 * work is done (an implementation that writes off the loop completes it from there). {@code reason}
 * says what is about to happen, in words a restored pane can show ("the machine shut down").
 */
@FunctionalInterface
public interface ShutdownPreparation {
    CompletableFuture<Void> prepare(String reason);
}
