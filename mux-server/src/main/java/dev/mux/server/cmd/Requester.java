package dev.mux.server.cmd;

import dev.mux.protocol.Message;
import dev.mux.server.format.FormatClient;
import dev.mux.server.model.Session;

/**
 * The client that runs the command, if any (the config file has none): what it sent, and what a
 * command may do to it alone.
 */
public interface Requester {
    /** The request as the client sent it: its working directory, terminal size, whether it has a tty. */
    Message.Command request();

    /** The requester as formats see it ({@code #{client_*}}), or null when there is none (the config file). */
    default FormatClient formatClient() {
        return null;
    }

    /** Whether a client asked (only a client can wait, wait-for): false for the config file's commands, which run with none. */
    boolean hasClient();

    /** The requesting client's environment as it sent it; empty for the config file. */
    java.util.Map<String, String> environment();

    /** The session the requester is attached to, or null. */
    Session attachedSession();

    /** Attaches the requester to {@code session}. */
    void attach(Session session) throws CommandException;

    /** Detaches the requester; fails if it is not attached. */
    void detach() throws CommandException;

    /** Tells the requester to give its terminal back and stop itself (suspend-client without -t). */
    void suspend() throws CommandException;

    /**
     * Shows each pane's number over it on the requester (display-panes), for {@code delayMillis}
     * (-1: the session's display-panes-time; 0: until a key); a key choosing a pane then runs
     * {@code template} with {@code %%} as the pane's id (null: keys choose none). Nothing
     * happens while the numbers already show.
     */
    void displayPanes(long delayMillis, String template) throws CommandException;

    /**
     * Opens a prompt on the requester's status line, showing {@code label} and {@code initial}; the
     * text submitted runs as {@code template} with %% replaced by it.
     */
    void openPrompt(String label, String initial, String template) throws CommandException;

    /** The requester's control-mode settings, or null when it is not a control client. */
    default ControlSettings control() {
        return null;
    }

    /** refresh-client -f on a client that is not a control one: only ignore-size matters to mux. */
    default void clientFlags(String flags) {}

    /** Draws the requester's terminal again in full (refresh-client). */
    default void redraw() {}
}
