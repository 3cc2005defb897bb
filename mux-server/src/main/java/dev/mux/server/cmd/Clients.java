package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import java.util.List;

/** The attached clients, as commands about other clients than their requester see them. */
public interface Clients {
    /** An attached client as choose-client lists it: its name (its terminal), session, size and TERM. */
    record Attached(String name, Session session, int columns, int rows, String term) {}

    /** The attached clients, in the order they connected. */
    List<Attached> attached();

    /** The attached clients, one line each as list-clients prints them, in the order they connected. */
    List<String> describe(Session only);

    /** Whether any client is attached to {@code session}. */
    boolean isAttached(Session session);

    /** Shows a message on the status line of every client attached to {@code session}. */
    void showMessage(Session session, String message);

    /** Detaches every client attached to {@code session}. */
    void detachAll(Session session);

    /** Suspends the client attached to {@code session} last; fails when there is none. */
    void suspendLast(Session session) throws CommandException;
}
