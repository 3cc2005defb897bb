package dev.mux.server.cmd;

import dev.mux.protocol.Message;
import dev.mux.server.format.FormatClient;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.mouse.MouseDrag;
import dev.mux.server.mouse.MouseKey;
import dev.mux.server.overlay.ClientArea;
import dev.mux.server.overlay.Overlay;
import dev.mux.server.prompt.CommandPrompt;

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

    /**
     * Shows each pane's number over it on the requester (display-panes), for {@code delayMillis}
     * (-1: the session's display-panes-time; 0: until a key); a key choosing a pane then runs
     * {@code template} with {@code %%} as the pane's id (null: keys choose none). Nothing
     * happens while the numbers already show.
     */
    void displayPanes(long delayMillis, String template) throws CommandException;

    /**
     * Opens a prompt on the requester's status line asking {@code setup}'s questions; the answers
     * run as {@code template} (see {@link dev.mux.server.prompt.PromptTemplates}). {@code whenClosed}
     * (may be null) runs once the prompt has gone, answered or not. False, and nothing happens, when
     * a prompt is already open there, as in tmux.
     */
    boolean openPrompt(CommandPrompt.Setup setup, String template, Runnable whenClosed) throws CommandException;

    /**
     * confirm-before: asks {@code question} on the requester's status line; the key y (or Y) runs
     * {@code command}, any other key does nothing; {@code whenAnswered} (may be null) is told after
     * either whether the answer was yes.
     */
    default void confirm(String question, String command, java.util.function.Consumer<Boolean> whenAnswered)
            throws CommandException {
        throw new CommandException("no current client");
    }

    /** The requester's control-mode settings, or null when it is not a control client. */
    default ControlSettings control() {
        return null;
    }

    /** refresh-client -f on a client that is not a control one: read-only, ignore-size, active-pane. */
    default void clientFlags(String flags) {}

    /**
     * The pane the requester's commands take as current in {@code window}: with refresh-client -f
     * active-pane the client's own, else the window's active pane.
     */
    default Pane currentPane(Window window) {
        return window.activePane();
    }

    /** select-pane from a client with active-pane makes {@code pane} its own only; false for any other requester. */
    default boolean selectOwnPane(Pane pane) {
        return false;
    }

    /**
     * tmux's target-client: the attached client named {@code name} (its name, or its terminal's
     * path with or without /dev/, a trailing colon ignored), as a requester.
     */
    default Requester client(String name) throws CommandException {
        throw new CommandException("can't find client: " + name);
    }

    /**
     * tmux's current client (cmd_find_current_client): the requester when it is attached, else the
     * client attached last to the session used most recently; "no current client" without one.
     */
    default Requester currentClient() throws CommandException {
        throw new CommandException("no current client");
    }

    /** A command's -t or -c target-client: the client {@code name} names, or the current one when null. */
    default Requester targetClient(String name) throws CommandException {
        return name == null ? currentClient() : client(name);
    }

    /** The client's name (its terminal's path, as list-clients shows it), or null when there is none. */
    default String clientName() {
        FormatClient own = formatClient();
        return own == null ? null : own.name();
    }

    /** Shows {@code text} on the requester's status line for {@code delayMillis}, or display-time when negative. */
    default void showMessage(String text, long delayMillis) {}

    /** lock-client: the requester runs the session's lock-command in its terminal, then is drawn again. */
    default void lock() {}

    /** set-buffer -w: {@code text} to the requester's terminal's clipboard (OSC 52), when it can take it. */
    default void setClipboard(String text) {}

    /**
     * detach-client -a: detaches every attached client but this one, each then running {@code command}
     * (null: none), or with {@code hangUp} (-P) sending SIGHUP to its parent.
     */
    default void detachOthers(String command, boolean hangUp) {}

    /**
     * detach-client -E and -P: detaches the requester, which then runs {@code command} in its terminal
     * in place of itself, or with {@code hangUp} sends SIGHUP to its parent.
     */
    default void detachRunning(String command, boolean hangUp) throws CommandException {
        detach();
    }

    /**
     * The mouse key whose binding runs the command (tmux's mouse event of the command's queue item),
     * or null: the {@code =} target and the {@code -M} flags act on it.
     */
    default MouseKey mouse() {
        return null;
    }

    /** Gives the requester's further drag of the mouse button to {@code drag} until it comes up. */
    default void startDrag(MouseDrag drag) {
    }

    /**
     * Shows the overlay {@code make} gives for the requester's terminal (null: none) over its panes;
     * {@code windowIndex} is the window whose place in the status line's list the area tells. False
     * when another overlay is shown already, or the overlay was null.
     */
    default boolean showOverlay(int windowIndex, java.util.function.Function<ClientArea, Overlay> make) throws CommandException {
        throw new CommandException("no current client");
    }

    /** Takes the menu or popup off the requester's terminal, if one shows (display-popup -C). */
    default void closeOverlay() throws CommandException {
        throw new CommandException("no current client");
    }

    /** Draws the requester's terminal again in full (refresh-client). */
    default void redraw() {}
}
