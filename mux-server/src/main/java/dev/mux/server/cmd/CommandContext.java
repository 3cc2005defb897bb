package dev.mux.server.cmd;

import dev.mux.protocol.Message;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;

/**
 * What a command body may see and do. The server implements it once per request, so commands stay
 * free of sockets, threads and rendering.
 */
public interface CommandContext {
    Sessions sessions();

    /** The request as the client sent it: its working directory, terminal size, whether it has a tty. */
    Message.Command request();

    /** A line on the requesting client's standard output. */
    void print(String line);

    /** Text on the requesting client's standard output, as it is (it brings its own newlines). */
    void printRaw(String text);

    /** Creates a session with one window and one pane running {@code shellCommand} (null: the shell). */
    Session newSession(String name, int columns, int rows, String shellCommand) throws CommandException;

    /** Attaches the requesting client to {@code session}; fails if the client has no terminal. */
    void attach(Session session) throws CommandException;

    /** Detaches every client attached to {@code session}. */
    void detachAll(Session session);

    /** The session the requesting client is attached to, or null. */
    Session attachedSession();

    /** Whether any client is attached to {@code session}. */
    boolean isAttached(Session session);

    void killSession(Session session);

    void killServer();

    /** Bytes for a pane's input, as if typed. */
    default void write(Pane pane, byte[] bytes) {
        pane.write(bytes);
    }
}
