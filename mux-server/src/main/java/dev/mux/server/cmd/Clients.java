package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import java.util.List;

/** The attached clients, as commands about other clients than their requester see them. */
public interface Clients {
    /** The names of the attached clients (of {@code only} when not null), in the order they connected. */
    List<String> describe(Session only);

    /** The server's message log: what clients were shown and the commands they ran. */
    MessageLog messages();

    /** Whether any client is attached to {@code session}. */
    boolean isAttached(Session session);

    /** Shows a message on the status line of every client attached to {@code session}. */
    void showMessage(Session session, String message);

    /** A session went because a command moved its last window or pane away: its clients end as when it exits. */
    void sessionEnded(Session session);

    /**
     * refresh-client: draws every client attached to {@code session} (null: every attached client)
     * anew; false if there is none.
     */
    boolean redraw(Session session);

    /** lock-server, lock-session: locks every attached client (of {@code session} when not null). */
    void lock(Session session);

    /** Detaches every client attached to {@code session}. */
    void detachAll(Session session);

    /**
     * As {@link #detachAll(Session)}, each client then running {@code command} in its terminal (null:
     * none), or with {@code hangUp} (detach-client -P, attach -x) sending SIGHUP to its parent.
     */
    void detachAll(Session session, String command, boolean hangUp);
}
