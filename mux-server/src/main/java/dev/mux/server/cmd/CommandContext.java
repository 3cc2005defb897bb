package dev.mux.server.cmd;

import dev.mux.protocol.Message;
import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.mode.ModeServices;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import dev.mux.server.input.KeyBindings;
import dev.mux.server.layout.Split;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.options.OptionStore;
import dev.mux.server.scope.ServerScope;
import dev.mux.server.stop.Job;
import java.util.List;

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

    /**
     * Creates a window at {@code index} (-1: the lowest free one) running {@code shellCommand} (null:
     * the shell), named {@code name} (null: after its program, renamed automatically).
     */
    Window newWindow(Session session, int index, String name, String shellCommand, boolean select) throws CommandException;

    /**
     * Splits {@code target} (split-window): the new pane gets {@code size} cells along the split
     * (-1: half) and runs {@code shellCommand} (null: the shell); it becomes active if {@code select}.
     */
    Pane splitWindow(Pane target, Split split, int size, boolean before, String shellCommand, boolean select)
            throws CommandException;

    /**
     * Removes the panes (and a window or session left empty) at once, then hangs them up with the
     * stop procedure. The client's reply waits for the stop and names any process that held it up.
     */
    CommandResult killPanes(List<Pane> panes);

    /** Removes the windows (and a session left empty) and stops their panes as {@link #killPanes} does. */
    CommandResult killWindows(List<Window> windows);

    /** The server's place in systemd: scope-status reads it; new-session and attach warn from it. */
    ServerScope scope();

    /** Attaches the requesting client to {@code session}; fails if the client has no terminal. */
    void attach(Session session) throws CommandException;

    /** The table of commands, to check the command a key binding names. */
    CommandTable commandTable();

    /** The server's key tables. */
    KeyBindings keyBindings();

    /** Detaches the client that runs the command; fails if it is not attached. */
    void detachRequester() throws CommandException;

    /**
     * Tells a client to give its terminal back and stop itself until its shell continues it
     * (suspend-client): the requester when {@code session} is null, else the client attached to
     * {@code session} last. Fails when there is no such attached client.
     */
    void suspendClient(Session session) throws CommandException;

    /** Detaches every client attached to {@code session}. */
    void detachAll(Session session);

    /** The session the requesting client is attached to, or null. */
    Session attachedSession();

    /** The format variables of a pane (#{session_name}, #{pane_current_command}, ...). */
    Function<String, String> formatVariables(Pane pane);

    /** Shows a message on the status line of every client attached to {@code session}. */
    void showMessage(Session session, String message);

    /** The attached clients, one line each as list-clients prints them, in the order they connected. */
    List<String> describeClients(Session only);

    /** Whether any client is attached to {@code session}. */
    boolean isAttached(Session session);

    /**
     * Destroys the sessions at once and ends their panes' processes with the stop procedure. The
     * client's reply waits for the stop and names any process that held it up.
     */
    CommandResult killSessions(List<Session> sessions);

    /** Ends every session as {@link #killSessions} does, replies when the stop is over, then exits. */
    CommandResult killServer();

    /** Runs the commands of a file (source-file, the config file); returns its errors as file:line: lines. */
    List<String> source(Path file);

    /** Shows each pane's number over it on the requesting client, for a second (display-panes). */
    void displayPanes() throws CommandException;

    /**
     * Opens a prompt on the requesting client's status line, showing {@code label} and
     * {@code initial}; the text submitted runs as {@code template} with %% replaced by it.
     */
    void openPrompt(String label, String initial, String template) throws CommandException;

    /** A line on the requester's standard error that does not end the command. */
    void warn(String line);

    /**
     * Runs {@code work}, which may block (D-Bus, logind), on a worker thread, then {@code done} with
     * its result on the loop; the command's reply waits for it, so the command returns what this
     * returns ({@link CommandResult#PENDING}).
     */
    <T> CommandResult afterBlocking(Callable<T> work, Completion<T> done);

    /** What a command does on the loop with the result of its blocking work. */
    @FunctionalInterface
    interface Completion<T> {
        void complete(T result) throws CommandException;
    }

    /** The option values (set-option, show-options). */
    OptionStore options();

    /** The paste buffers (copy mode, paste-buffer, list-buffers...). */
    PasteBuffers buffers();

    /** What a pane mode entered by a command reaches of the server (copy-mode, clock-mode). */
    ModeServices modeServices();

    /** Every process of each pane (list-jobs). */
    List<Job> jobs(List<Pane> panes);

    /** Bytes for a pane's input, as if typed. */
    default void write(Pane pane, byte[] bytes) {
        pane.write(bytes);
    }
}
