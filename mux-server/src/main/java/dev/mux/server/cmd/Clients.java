package dev.mux.server.cmd;

import dev.mux.server.model.Session;

/** The attached clients, as commands about other clients than their requester see them. */
public interface Clients {
    /** Whether any client is attached to {@code session}. */
    boolean isAttached(Session session);

    /** Shows a message on the status line of every client attached to {@code session}. */
    void showMessage(Session session, String message);

    /** Detaches every client attached to {@code session}. */
    void detachAll(Session session);

    /** Suspends the client attached to {@code session} last; fails when there is none. */
    void suspendLast(Session session) throws CommandException;
}
