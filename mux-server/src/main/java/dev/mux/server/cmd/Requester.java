package dev.mux.server.cmd;

import dev.mux.protocol.Message;
import dev.mux.server.format.FormatClient;
import dev.mux.server.model.Pane;
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

    /**
     * The pane a command without a target acts on when it is not the current session's active one
     * (a hook's commands act on what the hook is about), or null.
     */
    default Pane currentPane() {
        return null;
    }

    /** Values this request adds to every format its commands expand (a hook's {@code #{hook}}), or none. */
    default java.util.Map<String, String> formatValues() {
        return java.util.Map.of();
    }

    /** The session the requester was attached to before its current one (switch-client -l), or null. */
    default Session lastSession() {
        return null;
    }

    /** switch-client -T: the requester's next key is looked up in {@code table}. */
    default void useKeyTable(String table) throws CommandException {
        throw new CommandException("no current client");
    }

    /** Attaches the requester to {@code session}. */
    void attach(Session session) throws CommandException;

    /** Detaches the requester; fails if it is not attached. */
    void detach() throws CommandException;

    /** Tells the requester to give its terminal back and stop itself (suspend-client without -t). */
    void suspend() throws CommandException;

    /** Shows each pane's number over it on the requester, for a second (display-panes). */
    void displayPanes() throws CommandException;

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
