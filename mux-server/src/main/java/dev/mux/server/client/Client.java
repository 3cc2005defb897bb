package dev.mux.server.client;

import dev.mux.protocol.Message;
import dev.mux.server.layout.Layout;
import dev.mux.server.loop.ClientConnection;
import dev.mux.server.mouse.MouseKeys;
import dev.mux.server.prompt.CommandPrompt;
import dev.mux.server.model.Session;
import dev.mux.server.outer.ClientTerminal;
import java.util.HashMap;
import java.util.Map;

/**
 * The server's view of one connected client: whether it said hello, which command it sent, and,
 * once attached, its session, its terminal size and what it was last sent.
 */
public final class Client {
    private final ClientConnection connection;
    private boolean greeted;
    private Message.Command request;
    private String message;
    private CommandPrompt prompt;
    private boolean paneNumbersShown;
    /** The title last set on the client's terminal (set-titles), or null. */
    private String title;
    /** display-panes' command for a chosen pane (null with -N: keys do not choose), and which showing it is. */
    private String paneNumbersTemplate;
    private long paneNumbersShowing;
    private String promptTemplate;
    private Runnable promptClosed;
    private Session session;
    /** The session the client was attached to before this one (switch-client -l), or null. */
    private Session lastSession;
    private int columns;
    private int rows;
    private ClientView view;
    private boolean suspended;
    /** The client's terminal, as it offered it before its command, or null. */
    private Message.TerminalDevice offeredTerminal;
    private java.util.Map<String, String> environment = java.util.Map.of();
    /** The client's terminal, opened by the server, or null while the socket carries keys and frames. */
    private ClientTty tty;
    /** Attached on its tty, whose raw mode the client has not confirmed yet: nothing is drawn. */
    private boolean awaitingRawMode;
    /** 0, or 1 for a control client (-C), 2 for -CC: it is sent the control protocol, never frames. */
    private int controlLevel;
    /** A control client's size counts for its session's only once refresh-client -C gave one. */
    private boolean sizeSet;
    /** refresh-client -f's read-only, ignore-size and active-pane. */
    private final ClientFlags flags = new ClientFlags();
    /** The client's mouse events made keys: its clicks counted and its drag, across its key bindings' commands. */
    private final MouseKeys mouseKeys = new MouseKeys();
    /** Sizes a control client gave single windows (refresh-client -C @N:WxH), by window id. */
    private final Map<Integer, int[]> windowSizes = new HashMap<>();
    private boolean sizesWindows;
    /** What the client's terminal can do, as last built, and the version of what it was built from. */
    private ClientTerminal terminal;
    private long terminalOptionChanges;
    /** Run before the exit is sent: a control client's notifications still due go out first. */
    private Runnable beforeExit = () -> {};
    /** When it connected and last typed, and what was drawn for it: #{client_created}, _activity, _written. */
    private final ClientActivity activity = new ClientActivity();

    public Client(ClientConnection connection) {
        this.connection = connection;
    }

    public ClientActivity activity() {
        return activity;
    }

    public ClientConnection connection() {
        return connection;
    }

    /**
     * Ends the client's command: its exit status and what it prints, then the connection closes. A
     * control client's reports are for a terminal and so not its; it is told why only by
     * {@link #finishControl}.
     */
    public void finish(int status, String message) {
        finishControl(status, controlLevel > 0 ? "" : message);
    }

    /** Ends the client with {@code reason}, which a control client prints after %exit. */
    public void finishControl(int status, String reason) {
        if (!connection.isOpen()) return;
        beforeExit.run();
        connection.send(new Message.Exit(status, reason));
        connection.closeAfterFlush();
    }

    /** The client speaks the control protocol (-C is level 1, -CC level 2). */
    public void controlMode(int level) {
        controlLevel = level;
    }

    /** What must be sent before the client's exit, whoever ends it. */
    public void beforeExit(Runnable action) {
        beforeExit = action;
    }

    public boolean isControl() {
        return controlLevel > 0;
    }

    public int controlLevel() {
        return controlLevel;
    }

    /** refresh-client -C: a control client's size, which from now on counts for its session's. */
    public void setControlSize(int newColumns, int newRows) {
        sizeSet = true;
        resize(newColumns, newRows);
    }

    /** refresh-client -C @N:WxH: window {@code @windowId} takes this size from this client; null forgets it. */
    public void windowSize(int windowId, int[] size) {
        sizesWindows = true;
        if (size == null) {
            windowSizes.remove(windowId);
        } else {
            windowSizes.put(windowId, size.clone());
            // As tmux's: a control client that sized a window counts for its session from then on.
            sizeSet = true;
        }
    }

    /** Whether the client ever gave a window a size of its own: only then do its windows need sizing one by one. */
    public boolean sizesWindows() {
        return sizesWindows;
    }

    /** The size this client gave window {@code @windowId}, or null. */
    public int[] windowSize(int windowId) {
        int[] size = windowSizes.get(windowId);
        return size == null ? null : size.clone();
    }

    public ClientFlags flags() {
        return flags;
    }

    /**
     * Whether the session takes its size from this client: not while suspended, nor with
     * ignore-size, nor for a control client that never said its size (as tmux's).
     */
    public boolean countsForSize() {
        return session != null && !suspended && !flags.ignoreSize() && (controlLevel == 0 || sizeSet);
    }

    public boolean isGreeted() {
        return greeted;
    }

    public void greeted() {
        greeted = true;
    }

    public void offerTerminal(Message.TerminalDevice device) {
        offeredTerminal = device;
    }

    /** The terminal the client offered, or null. */
    public Message.TerminalDevice offeredTerminal() {
        return offeredTerminal;
    }

    /** From now on keys come from {@code opened} and frames go there; drawing waits for raw mode. */
    public void useTty(ClientTty opened) {
        tty = opened;
        awaitingRawMode = true;
    }

    public boolean hasTty() {
        return tty != null;
    }

    /** Writes to the client's terminal: straight to it when the server has it, else through the socket. */
    public void draw(byte[] bytes) {
        if (controlLevel > 0) return;
        activity.wrote(bytes.length);
        if (tty != null) {
            tty.write(bytes);
        } else {
            connection.sendOutput(bytes, Message.TerminalOutput::new);
        }
    }

    /** Bytes written for the terminal that it has not taken yet. */
    public long backlog() {
        return tty != null ? tty.pendingBytes() : connection.pendingBytes();
    }

    /**
     * Whether frames may be drawn: not while suspended, nor before a tty the server opened is in raw
     * mode, nor ever for a control client.
     */
    public boolean isShowing() {
        return !suspended && !awaitingRawMode && controlLevel == 0;
    }

    /** What list-clients calls the client: its terminal's name as tmux's, else its connection number. */
    public String name() {
        return offeredTerminal != null ? offeredTerminal.path() : "client-" + connection.id();
    }

    /** The environment the client sent before its command (update-environment reads it). */
    public void environmentReceived(java.util.Map<String, String> variables) {
        environment = java.util.Map.copyOf(variables);
    }

    public java.util.Map<String, String> environment() {
        return environment;
    }

    public boolean hasSentCommand() {
        return request != null;
    }

    public void commandReceived(Message.Command command) {
        request = command;
    }

    /** The command this client connected with: its directory and terminal type serve its key bindings too. */
    public Message.Command request() {
        return request;
    }

    /** Whether display-panes' numbers are over the panes. */
    public boolean paneNumbersShown() {
        return paneNumbersShown;
    }

    /** The title last set on the client's terminal by set-titles, or null. */
    public String title() {
        return title;
    }

    public void setTitle(String sent) {
        title = sent;
    }

    /** Shows the numbers; returns which showing this is, for {@link #hidePaneNumbers(long)}. */
    public long showPaneNumbers(String template) {
        paneNumbersShown = true;
        paneNumbersTemplate = template;
        return ++paneNumbersShowing;
    }

    /** The command run for the pane chosen while the numbers show ({@code %%} its id), or null if keys choose none. */
    public String paneNumbersTemplate() {
        return paneNumbersTemplate;
    }

    public void hidePaneNumbers() {
        paneNumbersShown = false;
    }

    /** Hides the numbers if they are still those of {@code showing} (its time ran out). */
    public void hidePaneNumbers(long showing) {
        if (showing == paneNumbersShowing) paneNumbersShown = false;
    }

    /** The prompt being typed on the status line, or null. */
    public MouseKeys mouseKeys() {
        return mouseKeys;
    }

    public CommandPrompt prompt() {
        return prompt;
    }

    /** What a submitted prompt runs: the command template, in which %% stands for the text typed. */
    public String promptTemplate() {
        return promptTemplate;
    }

    /**
     * Opens {@code opened} on the status line, closing any other; its answers run as {@code template},
     * and {@code whenClosed} (may be null) runs once it is answered or goes.
     */
    public void openPrompt(CommandPrompt opened, String template, Runnable whenClosed) {
        closePrompt().run();
        prompt = opened;
        promptTemplate = template;
        promptClosed = whenClosed;
    }

    /** Closes the prompt; returns what is to run once its answer ran (a confirm-before that waits), to run it. */
    public Runnable closePrompt() {
        Runnable closed = promptClosed == null ? () -> {} : promptClosed;
        prompt = null;
        promptTemplate = null;
        promptClosed = null;
        return closed;
    }

    /** A message shown in place of the status line, or null. */
    public String message() {
        return message;
    }

    public void showMessage(String text) {
        message = text;
    }

    /** Clears the message if it is still {@code text} (a newer one has its own timer). */
    public void clearMessage(String text) {
        if (text.equals(message)) message = null;
    }

    public Session session() {
        return session;
    }

    public boolean isAttached() {
        return session != null;
    }

    public Session lastSession() {
        return lastSession;
    }

    public ClientView view() {
        return view;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public void attach(Session attachedTo, int newColumns, int newRows, ClientView newView) {
        if (session != null && session != attachedTo) lastSession = session;
        session = attachedTo;
        columns = Math.min(newColumns, Layout.MAXIMUM_COLUMNS);
        rows = Math.min(newRows, Layout.MAXIMUM_ROWS);
        // A popup's program must not outlive the view that showed it.
        if (view != null && view != newView) view.closeOverlay();
        view = newView;
    }

    /** A terminal larger than the largest window is drawn on in its top left corner: frames are bounded as windows are. */
    public void resize(int newColumns, int newRows) {
        columns = Math.min(newColumns, Layout.MAXIMUM_COLUMNS);
        rows = Math.min(newRows, Layout.MAXIMUM_ROWS);
        if (view != null) view.invalidate();
        if (view != null && view.overlay() != null) view.overlay().resized(columns, rows);
    }

    /**
     * Told to stop itself (suspend-client): it is not drawn, nor does its size count, until its next
     * resize says it runs again.
     */
    public boolean isSuspended() {
        return suspended;
    }

    public void suspend() {
        suspended = true;
        if (tty != null) tty.stopReading();
    }

    /** The client's terminal is in raw mode again (or, on a tty the server opened, for the first time). */
    public void resumed() {
        suspended = false;
        awaitingRawMode = false;
        if (tty != null) tty.startReading();
    }

    /** Ends the attachment; a tty the server opened is let go of, before the client gets it back. */
    public void detach() {
        if (view != null) view.closeOverlay();
        session = null;
        view = null;
        suspended = false;
        closePrompt().run();
        if (tty != null) {
            tty.close();
            tty = null;
        }
    }

    /** What the client's terminal can do, or null before the server first asked (see the root's OuterTerminals). */
    public ClientTerminal terminal() {
        return terminal;
    }

    /** What {@link #terminal()} was built from, as its builder counts it (option changes, the terminal's replies). */
    public long terminalOptionChanges() {
        return terminalOptionChanges;
    }

    public void setTerminal(ClientTerminal terminal, long optionChanges) {
        this.terminal = terminal;
        this.terminalOptionChanges = optionChanges;
    }
}
