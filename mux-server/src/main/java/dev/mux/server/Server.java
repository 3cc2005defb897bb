package dev.mux.server;

import dev.mux.protocol.Message;
import dev.mux.protocol.Protocol;
import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.client.Client;
import dev.mux.server.client.ClientTty;
import dev.mux.server.client.ClientView;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandResult;
import dev.mux.server.cmd.CommandTable;
import dev.mux.server.cmd.CommandLineSplitter;
import dev.mux.server.prompt.PromptHistory;
import dev.mux.server.format.FormatVariables;
import dev.mux.server.input.KeyBindings;
import dev.mux.server.input.KeyDispatcher;
import dev.mux.server.loop.ClientConnection;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.mode.ModeServices;
import dev.mux.server.model.Pane;
import dev.mux.server.mouse.MouseRouter;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.StandardOptions;
import dev.mux.server.scope.ServerScope;
import dev.mux.server.render.StatusClock;
import dev.mux.server.render.StatusLine;
import dev.mux.server.stop.StopReport;
import dev.mux.server.stop.Stops;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub on the loop thread: greets clients, runs their commands against the model, relays the
 * keys of attached clients, renders what changed after each batch of events, and ends the server
 * when the last session is gone.
 */
public final class Server implements ClientConnection.Listener, PaneLauncher.Events {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    /** Output queued for a client above which rendering waits until it drains. */
    private static final long RENDER_BACKLOG_BYTES = 256 * 1024;
    private static final long STATUS_INTERVAL_MILLIS = 15_000;
    private static final long DISPLAY_TIME_MILLIS = 750;
    /** How long display-panes shows the numbers (tmux's display-panes-time). */
    private static final long DISPLAY_PANES_MILLIS = 1000;
    /** How often window names follow their programs; tmux checks about as often. */
    private static final long RENAME_INTERVAL_MILLIS = 500;
    /** How long the last replies may take to reach the clients at exit: one that stopped reading is not waited for. */
    private static final long EXIT_FLUSH_LIMIT_MILLIS = 2_000;
    private static final long EXIT_FLUSH_POLL_MILLIS = 10;

    private final EventLoop loop;
    private final Sessions sessions = new Sessions();
    private final CommandTable commands = CommandTable.standard();
    private final PaneLauncher launcher;
    private final PeerCheck peerCheck;
    private final Runnable onExit;
    private final ServerScope scope;
    private final Map<ClientConnection, Client> clients = new LinkedHashMap<>();
    private final String hostName = HostName.current();
    private final KeyBindings keyBindings = KeyBindings.defaults();
    /** Errors of the config file read at start-up, until a client is there to see them. */
    private final List<String> configErrors = new ArrayList<>();
    private final PromptHistory promptHistory = new PromptHistory();
    /** One daemon thread for the work that may block: the loop must never wait on D-Bus. */
    private final ExecutorService blockingWork = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "blocking-work");
        thread.setDaemon(true);
        return thread;
    });
    private final ForegroundPrograms foregroundPrograms = new ForegroundPrograms();
    private final StatusClock statusClock = new StatusClock(System::currentTimeMillis);
    private final FormatVariables.Environment formatEnvironment = new FormatVariables.Environment() {
        @Override
        public String host() {
            return hostName;
        }

        @Override
        public String socketPath() {
            return launcher.socketPath();
        }

        @Override
        public boolean attached(Session session) {
            return !attachedTo(session).isEmpty();
        }

        @Override
        public FormatVariables.Foreground foreground(Pane pane) {
            return foregroundPrograms.of(pane);
        }
    };
    private final OptionStore options = new OptionStore(StandardOptions.table());
    private final PasteBuffers buffers = new PasteBuffers(() -> options.number("buffer-limit", null));
    private final MouseRouter mouseRouter = new MouseRouter();
    private final ModeServices modeServices;
    private final Stops stops;
    private int nextClientId;
    private boolean exiting;
    /** The worker is reading what runs in the panes for automatic-rename: no second read is queued. */
    private boolean renaming;

    public Server(EventLoop loop, PaneLauncher launcher, PeerCheck peerCheck, Runnable onExit, ServerScope scope) {
        this.loop = loop;
        this.launcher = launcher;
        this.peerCheck = peerCheck;
        this.onExit = onExit;
        this.scope = scope;
        this.stops = new Stops(loop, options, launcher.serverPrefix());
        this.modeServices = new ModeServicesOnLoop(loop, buffers);
        loop.addBatchHook(this::renderAll);
        loop.schedule(STATUS_INTERVAL_MILLIS, this::statusTick);
        loop.schedule(RENAME_INTERVAL_MILLIS, this::renameTick);
    }

    /** The clock on the status line moves on even when no pane does (tmux's status-interval). */
    private void statusTick() {
        loop.schedule(STATUS_INTERVAL_MILLIS, this::statusTick);
    }

    /**
     * Windows not named by the user take the name of the program in their active pane
     * (automatic-rename). /proc is read on the worker thread: four files per window each tick, in
     * code that runs too seldom to be compiled, held up the loop (and the keys waiting on it) for
     * a millisecond or two, and a process in uninterruptible sleep can hold up a read of its files.
     */
    private void renameTick() {
        loop.schedule(RENAME_INTERVAL_MILLIS, this::renameTick);
        if (renaming) return;
        Map<Pane, Long> shells = new LinkedHashMap<>();
        for (Session session : sessions.all()) {
            for (Window window : session.windows()) {
                Pane active = window.activePane();
                if (window.automaticRename() && active != null && active.pid() > 0) shells.put(active, active.pid());
            }
        }
        if (shells.isEmpty()) return;
        renaming = true;
        offLoop(() -> {
            Map<Pane, String> programs = new LinkedHashMap<>();
            shells.forEach((pane, pid) -> programs.put(pane, foregroundPrograms.command(pid)));
            return programs;
        }, programs -> {
            renaming = false;
            programs.forEach(this::renameAutomatically);
        }, failure -> {
            renaming = false;
            LOG.debug("automatic-rename: {}", failure.toString());
        });
    }

    /** Only if the pane is still its window's active one, and the window still named automatically. */
    private void renameAutomatically(Pane pane, String program) {
        Window window = pane.window();
        if (program.isEmpty() || pane.isEnded() || window.activePane() != pane || !window.automaticRename()) return;
        window.renameAutomatically(program);
    }

    public void accepted(SocketChannel channel) throws IOException {
        ClientConnection connection = new ClientConnection(nextClientId++, channel, loop, this);
        clients.put(connection, new Client(connection));
        Optional<String> refusal = peerCheck.refusal(channel);
        if (refusal.isPresent()) {
            LOG.warn("client {} refused: {}", connection.id(), refusal.get());
            connection.refuse(refusal.get());
        }
    }

    @Override
    public void received(ClientConnection connection, Message message) {
        Client client = clients.get(connection);
        if (!client.isGreeted()) {
            greet(client, message);
        } else if (message instanceof Message.TerminalDevice device && !client.hasSentCommand()) {
            client.offerTerminal(device);
        } else if (message instanceof Message.Command command && !client.hasSentCommand()) {
            client.commandReceived(command);
            runCommand(client, command);
        } else if (message instanceof Message.Input input && client.isAttached()) {
            client.view().typed(input.bytes());
        } else if (message instanceof Message.Resize resize && client.isAttached()) {
            resizeClient(client, resize.columns(), resize.rows());
        } else if (!(message instanceof Message.Input || message instanceof Message.Resize)) {
            connection.refuse("unexpected " + message.getClass().getSimpleName() + " message");
        }
    }

    private void greet(Client client, Message message) {
        if (!(message instanceof Message.Hello hello)) {
            client.connection().refuse("expected hello, got " + message.getClass().getSimpleName());
        } else if (hello.version() != Protocol.VERSION) {
            client.connection().refuse("protocol version mismatch (client " + hello.version() + ", server "
                    + Protocol.VERSION + "): kill-server and start it again from the same build");
        } else {
            client.greeted();
            client.connection().send(new Message.Hello(Protocol.VERSION));
        }
    }

    private void runCommand(Client client, Message.Command command) {
        CommandRequest request = new CommandRequest(this, client, command, new SocketReply(client));
        configErrors.forEach(request.reply()::error);
        configErrors.clear();
        if (exiting) {
            request.reply().error("server exiting");
            client.finish(1, "");
            return;
        }
        try {
            CommandResult result = commands.run(command.argv(), request);
            if (result == CommandResult.DONE) client.finish(0, "");
        } catch (CommandException e) {
            request.reply().error(e.getMessage());
            client.finish(1, "");
        }
        exitIfEmpty();
    }

    /**
     * A key binding's command runs as if the attached client had typed it at a prompt: its output
     * and errors appear on that client's status line.
     */
    void runBinding(Client client, List<String> argv) {
        Message.Command command = new Message.Command(argv, client.request().cwd(), client.columns(), client.rows(),
                true, client.request().term());
        CommandRequest request = statusRequest(client, command);
        try {
            commands.run(argv, request);
        } catch (CommandException e) {
            request.reply().error(e.getMessage());
        }
        exitIfEmpty();
    }

    /** A command line typed at the prompt: parsed as a config line, run as a key binding's command. */
    void runPrompt(Client client, String line) {
        if (line.isBlank()) return;
        Message.Command command = new Message.Command(List.of(line), client.request().cwd(), client.columns(),
                client.rows(), true, client.request().term());
        CommandRequest request = statusRequest(client, command);
        try {
            for (List<String> words : CommandLineSplitter.splitLine(line)) commands.runOne(words, request);
        } catch (CommandException e) {
            request.reply().error(e.getMessage());
        }
        exitIfEmpty();
    }

    private CommandRequest statusRequest(Client client, Message.Command command) {
        return new CommandRequest(this, client, command, new StatusReply(client, text -> showMessage(client, text)));
    }

    /** Shows {@code text} in place of the client's status line for tmux's display-time. */
    void showMessage(Client client, String text) {
        client.showMessage(text);
        loop.schedule(DISPLAY_TIME_MILLIS, () -> client.clearMessage(text));
    }

    @Override
    public void drained(ClientConnection connection) {
        Client client = clients.get(connection);
        if (client != null && client.isAttached()) render(client);
    }

    @Override
    public void closed(ClientConnection connection, String reason) {
        Client client = clients.remove(connection);
        LOG.info("client {} closed: {}", connection.id(), reason);
        if (client != null && client.isAttached()) {
            Session session = client.session();
            client.detach();
            fitToClients(session);
        }
    }

    @Override
    public void paneEnded(Pane pane) {
        Window window = pane.window();
        Session session = window.session();
        Optional<Session> removed = sessions.removePane(pane);
        LOG.info("pane %{} of session {} ended", pane.id(), session.name());
        stops.paneEnded(pane);
        removed.ifPresent(gone -> {
            for (Client client : attachedTo(gone)) release(client, "[exited]");
        });
        exitIfEmpty();
    }

    /** A resize also says that a suspended client runs again: it sends one as it resumes. */
    private void resizeClient(Client client, int columns, int rows) {
        client.resumed();
        if (columns <= 0 || rows <= 0) return;
        client.resize(columns, rows);
        fitToClients(client.session());
    }

    /**
     * The session takes the size of one of its clients, as tmux's window-size option says: the
     * client attached last (latest, the default), or the smallest or largest.
     */
    void fitToClients(Session session) {
        // A loop rather than a stream over a list: every render comes here.
        String windowSize = options.choice("window-size", session);
        Client chosen = null;
        for (Client client : clients.values()) {
            if (client.session() != session || client.isSuspended()) continue;
            if (chosen == null || switch (windowSize) {
                case "smallest" -> area(client) < area(chosen);
                case "largest" -> area(client) > area(chosen);
                default -> true;
            }) {
                chosen = client;
            }
        }
        if (chosen == null) return;
        session.resize(chosen.columns(), Math.max(1, chosen.rows() - statusRows(session)));
    }

    private static int area(Client client) {
        return client.columns() * client.rows();
    }

    /** The rows the status line takes at the bottom of the session's clients (option status). */
    private int statusRows(Session session) {
        return options.flag("status", session) ? StatusLine.ROWS : 0;
    }

    /** list-clients' lines, a client named by its terminal as in tmux (see {@link Client#name()}). */
    List<String> describeClients(Session only) {
        List<String> lines = new ArrayList<>();
        for (Client client : clients.values()) {
            if (!client.isAttached() || (only != null && client.session() != only)) continue;
            String term = client.request().term().isEmpty() ? "unknown" : client.request().term();
            String flags = client.isSuspended() ? " (suspended)" : "";
            lines.add(client.name() + ": " + client.session().name() + " [" + client.columns()
                    + "x" + client.rows() + " " + term + "]" + flags);
        }
        return lines;
    }

    List<Client> attachedTo(Session session) {
        List<Client> attached = new ArrayList<>();
        for (Client client : clients.values()) {
            if (client.session() == session) attached.add(client);
        }
        return attached;
    }

    private void renderAll() {
        for (Client client : clients.values()) {
            if (client.isAttached()) render(client);
        }
    }

    /**
     * Brings an attached client up to date, unless it is suspended, has a backlog, or is waiting for
     * a paced frame (its view then calls {@link #redraw} when the frame is due).
     */
    private void render(Client client) {
        if (!client.isShowing() || client.backlog() > RENDER_BACKLOG_BYTES) return;
        if (client.view().waitsForFrame()) return;
        Session session = client.session();
        Pane pane = session.activePane();
        if (pane == null) return;
        // The status option may have changed since the last render; a resize to the same size is free.
        fitToClients(session);
        String title = pane.terminal().screen().title();
        StatusLine.Content status;
        if (client.prompt() != null) {
            status = StatusLine.prompt(client.prompt().display(), client.prompt().cursorCells());
        } else if (statusRows(session) == 0) {
            status = null;
        } else if (client.message() != null) {
            status = StatusLine.message(client.message());
        } else {
            status = client.view().status().compose(session, title.isEmpty() ? hostName : title, statusClock.text());
        }
        byte[] update = client.view().render(session, status, client.columns(), client.rows(),
                options.flag("mouse", session), client.paneNumbersShown());
        client.draw(update);
    }

    /** A paced frame fell due: draws it, unless the client detached (or left) in the meantime. */
    private void redraw(Client client) {
        if (client.isAttached()) render(client);
    }

    void detach(Client client) {
        Session session = client.session();
        release(client, "[detached (from session " + session.name() + ")]");
        fitToClients(session);
    }

    /** Ends an attached client's attachment: its terminal modes go back, then it is told why. */
    void release(Client client, String message) {
        client.draw(client.view().release());
        client.detach();
        client.finish(0, message);
    }

    /**
     * suspend-client: the client's terminal modes go back as on detach, then it is told to stop
     * itself. Until it resumes nothing is drawn for it, so a stopped client costs no backlog.
     */
    void suspend(Client client) {
        if (client.isSuspended()) return;
        client.draw(client.view().release());
        client.connection().send(new Message.Suspend());
        client.suspend();
        fitToClients(client.session());
    }

    /** Removes the sessions at once, then ends their panes' processes; {@code stopped} gets the report. */
    void killSessions(List<Session> ended, String why, Consumer<StopReport> stopped) {
        List<Pane> panes = new ArrayList<>();
        for (Session session : ended) {
            for (Client client : attachedTo(session)) release(client, "[exited]");
            for (Window window : session.windows()) panes.addAll(window.panes());
            sessions.removeSession(session);
            LOG.info("session {} killed", session.name());
        }
        stops.stopPanes(panes, why, stopped);
    }

    /**
     * Stops every pane, tells every client, and ends the loop once the stop is over and the replies
     * are out (or {@link #EXIT_FLUSH_LIMIT_MILLIS} later, for a client that no longer reads).
     */
    public void shutdown(String why) {
        shutdown(why, report -> {});
    }

    void shutdown(String why, Consumer<StopReport> stopped) {
        if (exiting) return;
        LOG.info("server exiting: {}", why);
        exiting = true;
        killSessions(sessions.all(), why, stopped);
        for (Client client : new ArrayList<>(clients.values())) {
            if (!client.hasSentCommand()) client.connection().close("server exiting");
        }
        stops.whenIdle(() -> stopWhenFlushed(System.nanoTime() + EXIT_FLUSH_LIMIT_MILLIS * 1_000_000));
    }

    private void exitIfEmpty() {
        if (sessions.isEmpty() && !exiting && options.flag("exit-empty", null)) shutdown("no sessions left");
    }

    private void stopWhenFlushed(long deadlineNanos) {
        boolean pending = clients.keySet().stream().anyMatch(c -> c.isOpen() && c.pendingBytes() > 0);
        if (pending && System.nanoTime() - deadlineNanos < 0) {
            loop.schedule(EXIT_FLUSH_POLL_MILLIS, () -> stopWhenFlushed(deadlineNanos));
            return;
        }
        for (ClientConnection connection : new ArrayList<>(clients.keySet())) connection.close("server exited");
        onExit.run();
    }

    /**
     * Attaches {@code client} to {@code session} at the client's size, and draws it. A client
     * already attached elsewhere (new-session or attach-session from its keys) switches: its terminal
     * modes go back first, since the new view starts from them, and its old session refits.
     */
    void attach(Client client, Session session, int columns, int rows) {
        Session previous = client.session();
        if (previous != null) client.draw(client.view().release());
        client.attach(session, columns, rows, new ClientView(new KeyDispatcher(keyBindings, new ClientKeys(this, client)),
                loop::schedule, System::nanoTime, () -> redraw(client)));
        sessions.touch(session);
        fitToClients(session);
        if (previous != null && previous != session) fitToClients(previous);
        if (previous == null) openTty(client);
        client.connection().send(new Message.Attached(session.name(), client.hasTty()));
        render(client);
    }

    /**
     * Takes over the terminal the client offered, as tmux's server does: keys and frames then skip
     * the client. Where the server cannot open it (another user's terminal after su, another
     * namespace's), the socket carries them, as it does for a client that offered none.
     */
    private void openTty(Client client) {
        Message.TerminalDevice device = client.offeredTerminal();
        if (device == null) return;
        try {
            client.useTty(ClientTty.open(device, loop.selector(), new ClientTty.Listener() {
                @Override
                public void typed(byte[] bytes) {
                    if (client.isAttached()) client.view().typed(bytes);
                }

                @Override
                public void drained() {
                    if (client.isAttached()) render(client);
                }

                @Override
                public void hungUp() {
                    lostTty(client);
                }
            }));
            LOG.info("client {}: keys and frames on {} itself", client.connection().id(), device.path());
        } catch (IOException e) {
            LOG.info("client {}: keys and frames go through its socket: {}", client.connection().id(), e.getMessage());
        }
    }

    /** The client's terminal went away under the server (tmux's "[lost tty]"). */
    private void lostTty(Client client) {
        Session session = client.session();
        if (session == null) return;
        client.detach();
        client.finish(1, "[lost tty]");
        fitToClients(session);
    }

    /**
     * Runs blocking work (logind over D-Bus) on the worker thread, never on the loop, and hands its
     * result, or what it threw, back to the loop.
     */
    <T> void offLoop(Callable<T> work, Consumer<T> then, Consumer<Exception> failed) {
        blockingWork.execute(() -> {
            try {
                T result = work.call();
                loop.post(() -> then.accept(result));
            } catch (Exception e) {
                loop.post(() -> failed.accept(e));
            }
        });
    }

    /** display-panes: the numbers for a while (tmux's display-panes-time) on this client. */
    void displayPanes(Client client) {
        client.showPaneNumbers();
        loop.schedule(DISPLAY_PANES_MILLIS, client::hidePaneNumbers);
    }

    Sessions sessions() {
        return sessions;
    }

    CommandTable commands() {
        return commands;
    }

    KeyBindings keyBindings() {
        return keyBindings;
    }

    PaneLauncher launcher() {
        return launcher;
    }

    OptionStore options() {
        return options;
    }

    Stops stops() {
        return stops;
    }

    PasteBuffers buffers() {
        return buffers;
    }

    MouseRouter mouseRouter() {
        return mouseRouter;
    }

    ModeServices modeServices() {
        return modeServices;
    }

    ServerScope scope() {
        return scope;
    }

    PromptHistory promptHistory() {
        return promptHistory;
    }

    FormatVariables.Environment formatEnvironment() {
        return formatEnvironment;
    }

    /**
     * Runs the config file at start-up, before any client: tmux's commands without a client to
     * answer. Its errors wait for the first client, which prints them.
     */
    public void loadConfig(Path file, String directory) {
        Message.Command command = new Message.Command(List.of("source-file", file.toString()), directory, 0, 0, false, "");
        ConfigReply reply = new ConfigReply();
        List<String> errors = new CommandRequest(this, null, command, reply).source(file);
        configErrors.addAll(errors);
        errors.forEach(error -> LOG.warn("config: {}", error));
    }
}
