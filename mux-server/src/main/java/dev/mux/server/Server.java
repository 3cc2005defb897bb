package dev.mux.server;

import dev.mux.protocol.Message;
import dev.mux.protocol.Protocol;
import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.client.Client;
import dev.mux.server.client.ClientView;
import dev.mux.server.cmd.CommandContext;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandResult;
import dev.mux.server.cmd.CommandTable;
import dev.mux.server.cmd.CommandLineSplitter;
import dev.mux.server.config.ConfigFile;
import dev.mux.server.prompt.CommandPrompt;
import dev.mux.server.prompt.PromptHistory;
import dev.mux.server.prompt.PromptTemplates;
import dev.mux.server.copy.ModeKeys;
import dev.mux.server.copy.PaneCopyMode;
import dev.mux.server.format.FormatVariables;
import dev.mux.server.input.KeyBindings;
import dev.mux.server.input.KeyReader;
import dev.mux.server.input.KeyDispatcher;
import dev.mux.server.layout.LayoutException;
import dev.mux.server.layout.Split;
import dev.mux.server.loop.ClientConnection;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Pane;
import dev.mux.server.mouse.MouseEvent;
import dev.mux.server.mouse.MouseRouter;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.StandardOptions;
import dev.mux.server.scope.ServerScope;
import dev.mux.server.render.StatusLine;
import dev.mux.server.stop.Job;
import dev.mux.server.stop.StopReport;
import dev.mux.server.stop.Stops;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private int sourceDepth;
    private final PromptHistory promptHistory = new PromptHistory();
    private final ForegroundPrograms foregroundPrograms = new ForegroundPrograms();
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
    private final MouseRouter mouseRouter = new MouseRouter(buffers);
    private final Stops stops;
    private int nextClientId;
    private boolean exiting;

    public Server(EventLoop loop, PaneLauncher launcher, PeerCheck peerCheck, Runnable onExit, ServerScope scope) {
        this.loop = loop;
        this.launcher = launcher;
        this.peerCheck = peerCheck;
        this.onExit = onExit;
        this.scope = scope;
        this.stops = new Stops(loop, options, launcher.serverPrefix());
        loop.addBatchHook(this::renderAll);
        loop.schedule(STATUS_INTERVAL_MILLIS, this::statusTick);
        loop.schedule(RENAME_INTERVAL_MILLIS, this::renameTick);
    }

    /** The clock on the status line moves on even when no pane does (tmux's status-interval). */
    private void statusTick() {
        loop.schedule(STATUS_INTERVAL_MILLIS, this::statusTick);
    }

    /** Windows not named by the user take the name of the program in their active pane (automatic-rename). */
    private void renameTick() {
        loop.schedule(RENAME_INTERVAL_MILLIS, this::renameTick);
        for (Session session : sessions.all()) {
            for (Window window : session.windows()) {
                Pane active = window.activePane();
                if (!window.automaticRename() || active == null) continue;
                String program = foregroundPrograms.of(active).command();
                if (!program.isEmpty()) window.renameAutomatically(program);
            }
        }
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
        } else if (message instanceof Message.Command command && !client.hasSentCommand()) {
            client.commandReceived(command);
            runCommand(client, command);
        } else if (message instanceof Message.Input input && client.isAttached()) {
            client.view().keys().handle(input.bytes());
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
        Request request = new Request(client, command, new SocketReply(client));
        configErrors.forEach(request.reply::error);
        configErrors.clear();
        if (exiting) {
            request.reply.error("server exiting");
            finish(client, 1, "");
            return;
        }
        try {
            CommandResult result = commands.run(command.argv(), request);
            if (result == CommandResult.DONE) finish(client, 0, "");
        } catch (CommandException e) {
            request.reply.error(e.getMessage());
            finish(client, 1, "");
        }
        exitIfEmpty();
    }

    /**
     * A key binding's command runs as if the attached client had typed it at a prompt: its output
     * and errors appear on that client's status line.
     */
    private void runBinding(Client client, List<String> argv) {
        Message.Command command = new Message.Command(argv, client.request().cwd(), client.columns(), client.rows(),
                true, client.request().term());
        Request request = new Request(client, command, new StatusReply(client));
        try {
            commands.run(argv, request);
        } catch (CommandException e) {
            request.reply.error(e.getMessage());
        }
        exitIfEmpty();
    }

    /** A command line typed at the prompt: parsed as a config line, run as a key binding's command. */
    private void runPrompt(Client client, String line) {
        if (line.isBlank()) return;
        Message.Command command = new Message.Command(List.of(line), client.request().cwd(), client.columns(),
                client.rows(), true, client.request().term());
        Request request = new Request(client, command, new StatusReply(client));
        try {
            for (List<String> words : CommandLineSplitter.splitLine(line)) commands.runOne(words, request);
        } catch (CommandException e) {
            request.reply.error(e.getMessage());
        }
        exitIfEmpty();
    }

    /** Shows {@code text} in place of the client's status line for tmux's display-time. */
    private void showMessage(Client client, String text) {
        client.showMessage(text);
        loop.schedule(DISPLAY_TIME_MILLIS, () -> client.clearMessage(text));
    }

    private void finish(Client client, int status, String message) {
        ClientConnection connection = client.connection();
        if (!connection.isOpen()) return;
        connection.send(new Message.Exit(status, message));
        connection.closeAfterFlush();
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
    private void fitToClients(Session session) {
        List<Client> attached = attachedTo(session);
        attached.removeIf(Client::isSuspended);
        if (attached.isEmpty()) return;
        Client chosen = switch (options.choice("window-size", session)) {
            case "smallest" -> attached.stream().min(Comparator.comparingInt(c -> c.columns() * c.rows())).orElseThrow();
            case "largest" -> attached.stream().max(Comparator.comparingInt(c -> c.columns() * c.rows())).orElseThrow();
            default -> attached.get(attached.size() - 1);
        };
        session.resize(chosen.columns(), Math.max(1, chosen.rows() - statusRows(session)));
    }

    /** The rows the status line takes at the bottom of the session's clients (option status). */
    private int statusRows(Session session) {
        return options.flag("status", session) ? StatusLine.ROWS : 0;
    }

    private List<Client> attachedTo(Session session) {
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

    private void render(Client client) {
        ClientConnection connection = client.connection();
        if (client.isSuspended() || connection.pendingBytes() > RENDER_BACKLOG_BYTES) return;
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
            status = StatusLine.content(session, title.isEmpty() ? hostName : title, LocalDateTime.now());
        }
        byte[] update = client.view().render(session, status, client.columns(), client.rows(),
                options.flag("mouse", session), client.paneNumbersShown());
        if (update.length > 0) connection.send(new Message.TerminalOutput(update));
    }

    private void detach(Client client) {
        Session session = client.session();
        release(client, "[detached (from session " + session.name() + ")]");
        fitToClients(session);
    }

    /** Ends an attached client's attachment: its terminal modes go back, then it is told why. */
    private void release(Client client, String message) {
        byte[] reset = client.view().release();
        if (reset.length > 0) client.connection().send(new Message.TerminalOutput(reset));
        client.detach();
        finish(client, 0, message);
    }

    /**
     * suspend-client: the client's terminal modes go back as on detach, then it is told to stop
     * itself. Until it resumes nothing is drawn for it, so a stopped client costs no backlog.
     */
    private void suspend(Client client) {
        if (client.isSuspended()) return;
        byte[] reset = client.view().release();
        if (reset.length > 0) client.connection().send(new Message.TerminalOutput(reset));
        client.connection().send(new Message.Suspend());
        client.suspend();
        fitToClients(client.session());
    }

    /** Removes the sessions at once, then ends their panes' processes; {@code stopped} gets the report. */
    private void killSessions(List<Session> ended, String why, Consumer<StopReport> stopped) {
        List<Pane> panes = new ArrayList<>();
        for (Session session : ended) {
            for (Client client : attachedTo(session)) release(client, "[exited]");
            for (Window window : session.windows()) panes.addAll(window.panes());
            sessions.removeSession(session);
            LOG.info("session {} killed", session.name());
        }
        stops.stopPanes(panes, why, stopped);
    }

    /** Stops every pane, tells every client, and ends the loop once the stop is over and replies are out. */
    public void shutdown(String why) {
        shutdown(why, report -> {});
    }

    private void shutdown(String why, Consumer<StopReport> stopped) {
        if (exiting) return;
        LOG.info("server exiting: {}", why);
        exiting = true;
        killSessions(sessions.all(), why, stopped);
        for (Client client : new ArrayList<>(clients.values())) {
            if (!client.hasSentCommand()) client.connection().close("server exiting");
        }
        stops.whenIdle(this::stopWhenFlushed);
    }

    private void exitIfEmpty() {
        if (sessions.isEmpty() && !exiting && options.flag("exit-empty", null)) shutdown("no sessions left");
    }

    private void stopWhenFlushed() {
        boolean pending = clients.keySet().stream().anyMatch(c -> c.isOpen() && c.pendingBytes() > 0);
        if (pending) {
            loop.schedule(10, this::stopWhenFlushed);
            return;
        }
        for (ClientConnection connection : new ArrayList<>(clients.keySet())) connection.close("server exited");
        onExit.run();
    }

    /** One command's view of the server: the requesting client and what it may do. */
    private final class Request implements CommandContext {
        private final Client client;
        private final Message.Command command;
        private final Reply reply;
        private boolean warnedOfLogout;

        Request(Client client, Message.Command command, Reply reply) {
            this.client = client;
            this.command = command;
            this.reply = reply;
        }

        @Override
        public Sessions sessions() {
            return sessions;
        }

        @Override
        public Message.Command request() {
            return command;
        }

        @Override
        public void print(String line) {
            reply.output(line + "\n");
        }

        @Override
        public void printRaw(String text) {
            reply.output(text);
        }

        @Override
        public ServerScope scope() {
            return scope;
        }

        /** Once per request (new-session both creates and attaches): sessions that die at logout are no surprise. */
        private void warnOfLogout() {
            if (warnedOfLogout) return;
            warnedOfLogout = true;
            scope.warning().ifPresent(reply::error);
        }

        @Override
        public Function<String, String> formatVariables(Pane pane) {
            return new FormatVariables(pane, formatEnvironment);
        }

        @Override
        public void showMessage(Session session, String message) {
            for (Client attached : attachedTo(session)) Server.this.showMessage(attached, message);
        }

        @Override
        public CommandTable commandTable() {
            return commands;
        }

        @Override
        public KeyBindings keyBindings() {
            return keyBindings;
        }

        @Override
        public void detachRequester() throws CommandException {
            if (client == null || !client.isAttached()) throw new CommandException("no client to detach");
            detach(client);
        }

        @Override
        public Session newSession(String name, int columns, int rows, String shellCommand) throws CommandException {
            Session session = sessions.createSession(name, columns, rows);
            Window window = sessions.createWindow(session, launcher.windowName(shellCommand));
            try {
                startPane(window, shellCommand);
            } catch (CommandException e) {
                sessions.removeSession(session);
                throw new CommandException("create session failed: " + e.getMessage());
            }
            LOG.info("session {} created ({}x{})", name, columns, rows);
            warnOfLogout();
            return session;
        }

        @Override
        public Window newWindow(Session session, int index, String name, String shellCommand, boolean select)
                throws CommandException {
            if (index >= 0 && session.windowAt(index).isPresent()) {
                throw new CommandException("create window failed: index " + index + " in use");
            }
            String windowName = name != null ? name : launcher.windowName(shellCommand);
            Window window = index >= 0 ? sessions.createWindow(session, index, windowName)
                    : sessions.createWindow(session, windowName);
            try {
                startPane(window, shellCommand);
            } catch (CommandException e) {
                sessions.removeWindow(window);
                throw new CommandException("create window failed: " + e.getMessage());
            }
            if (name != null) window.disableAutomaticRename();
            if (select) session.select(window);
            return window;
        }

        private void startPane(Window window, String shellCommand) throws CommandException {
            startPane(terminal -> sessions.createPane(window, terminal), shellCommand, window.session());
        }

        private Pane startPane(PaneLauncher.Placement placement, String shellCommand, Session session)
                throws CommandException {
            try {
                return launcher.launch(sessions, placement, shellCommand, command.cwd(),
                        options.number("history-limit", session));
            } catch (LayoutException e) {
                throw new CommandException(e.getMessage());
            } catch (IOException | RuntimeException | LinkageError e) {
                // pty4j reports a missing native library as an Error; either way no pane runs.
                LOG.error("pane of session {} failed to start", session.name(), e);
                throw new CommandException(String.valueOf(e.getMessage()));
            }
        }

        @Override
        public Pane splitWindow(Pane target, Split split, int size, boolean before, String shellCommand, boolean select)
                throws CommandException {
            Pane pane = startPane(terminal -> sessions.splitPane(target, terminal, split, size, before), shellCommand,
                    target.window().session());
            if (select) target.window().select(pane);
            return pane;
        }

        @Override
        public CommandResult killPanes(List<Pane> panes) {
            for (Pane pane : panes) sessions.removePane(pane).ifPresent(this::releaseAttached);
            stops.stopPanes(panes, "kill-pane", this::stopped);
            return CommandResult.PENDING;
        }

        @Override
        public CommandResult killWindows(List<Window> windows) {
            List<Pane> panes = new ArrayList<>();
            for (Window window : windows) {
                panes.addAll(window.panes());
                sessions.removeWindow(window).ifPresent(this::releaseAttached);
            }
            stops.stopPanes(panes, "kill-window", this::stopped);
            return CommandResult.PENDING;
        }

        /** The clients of a session whose last pane was killed: they end as when its shell exits. */
        private void releaseAttached(Session gone) {
            for (Client attached : attachedTo(gone)) release(attached, "[exited]");
        }

        @Override
        public void suspendClient(Session session) throws CommandException {
            List<Client> candidates = session == null ? (client == null ? List.of() : List.of(client)) : attachedTo(session);
            Client target = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
            if (target == null || !target.isAttached()) throw new CommandException("no client to suspend");
            suspend(target);
        }

        @Override
        public void attach(Session session) {
            int columns = command.columns() > 0 ? command.columns() : session.columns();
            int rows = command.rows() > 0 ? command.rows() : session.rows();
            client.attach(session, columns, rows, new ClientView(new KeyDispatcher(keyBindings, new KeyActions(client))));
            sessions.touch(session);
            fitToClients(session);
            warnOfLogout();
            client.connection().send(new Message.Attached(session.name()));
            render(client);
        }

        @Override
        public void detachAll(Session session) {
            for (Client attached : attachedTo(session)) detach(attached);
        }

        @Override
        public Session attachedSession() {
            return client == null ? null : client.session();
        }

        @Override
        public boolean isAttached(Session session) {
            return !attachedTo(session).isEmpty();
        }

        @Override
        public CommandResult killSessions(List<Session> ended) {
            Server.this.killSessions(ended, "kill-session", this::stopped);
            return CommandResult.PENDING;
        }

        @Override
        public CommandResult killServer() {
            shutdown("kill-server", this::stopped);
            return CommandResult.PENDING;
        }

        /** The reply to a kill command: the processes that held the stop up, then the exit status. */
        private void stopped(StopReport report) {
            report.holdupLines().forEach(reply::error);
            reply.finish(report.leftSurvivors() ? 1 : 0);
        }

        @Override
        public OptionStore options() {
            return options;
        }

        @Override
        public PasteBuffers buffers() {
            return buffers;
        }

        @Override
        public List<String> source(Path file) {
            if (sourceDepth >= ConfigFile.MAX_DEPTH) return List.of(file + ": too many nested files");
            sourceDepth++;
            try {
                return ConfigFile.run(file, words -> commands.runOne(words, this));
            } finally {
                sourceDepth--;
            }
        }

        @Override
        public void warn(String line) {
            reply.error(line);
        }

        @Override
        public void displayPanes() throws CommandException {
            if (client == null || !client.isAttached()) throw new CommandException("no client to display panes on");
            client.showPaneNumbers();
            loop.schedule(DISPLAY_PANES_MILLIS, client::hidePaneNumbers);
        }

        @Override
        public void openPrompt(String label, String initial, String template) throws CommandException {
            if (client == null || !client.isAttached()) throw new CommandException("no client to prompt");
            client.openPrompt(new CommandPrompt(label, initial, promptHistory), template);
        }

        @Override
        public List<Job> jobs(List<Pane> panes) {
            return stops.jobs(panes);
        }
    }

    /** Where a command's output goes: back over the socket, or onto a client's status line. */
    private interface Reply {
        void output(String text);

        void error(String line);

        /** The command is over; for a deferred reply ({@link CommandResult#PENDING}). */
        void finish(int status);
    }

    private final class SocketReply implements Reply {
        private final Client client;

        SocketReply(Client client) {
            this.client = client;
        }

        @Override
        public void output(String text) {
            client.connection().send(new Message.Output(1, text.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public void error(String line) {
            client.connection().send(new Message.Output(2, (line + "\n").getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public void finish(int status) {
            Server.this.finish(client, status, "");
        }
    }

    private final class StatusReply implements Reply {
        private final Client client;

        StatusReply(Client client) {
            this.client = client;
        }

        @Override
        public void output(String text) {
            if (client.isAttached() && !text.isBlank()) showMessage(client, text.strip().replace('\n', ' '));
        }

        @Override
        public void error(String line) {
            output(line);
        }

        @Override
        public void finish(int status) {
            // A key binding's client stays attached; the messages were its whole reply.
        }
    }

    /** A config file's commands have no client: their output goes to the log and their errors are kept. */
    private static final class ConfigReply implements Reply {
        private final List<String> errors = new ArrayList<>();

        @Override
        public void output(String text) {
            LOG.info("config: {}", text.strip());
        }

        @Override
        public void error(String line) {
            errors.add(line);
        }

        @Override
        public void finish(int status) {
            // Nobody waits for a config file's commands.
        }
    }

    /**
     * Runs the config file at start-up, before any client: tmux's commands without a client to
     * answer. Its errors wait for the first client, which prints them.
     */
    public void loadConfig(Path file, String directory) {
        Message.Command command = new Message.Command(List.of("source-file", file.toString()), directory, 0, 0, false, "");
        ConfigReply reply = new ConfigReply();
        List<String> errors = new Request(null, command, reply).source(file);
        configErrors.addAll(errors);
        errors.forEach(error -> LOG.warn("config: {}", error));
    }

    /** What an attached client's keys do. */
    private final class KeyActions implements KeyDispatcher.Actions {
        private final Client client;

        KeyActions(Client client) {
            this.client = client;
        }

        @Override
        public void toPane(byte[] bytes) {
            if (!client.isAttached()) return;
            Pane pane = client.session().activePane();
            if (pane != null) pane.write(bytes);
        }

        @Override
        public void run(List<String> command) {
            if (client.isAttached()) runBinding(client, command);
        }

        @Override
        public boolean toPrompt(KeyReader.Key key) {
            if (client.paneNumbersShown()) return choosePane(key);
            CommandPrompt prompt = client.prompt();
            if (prompt == null) return false;
            CommandPrompt.Outcome outcome = prompt.handle(key);
            if (outcome == CommandPrompt.Outcome.EDITED) return true;
            String template = client.promptTemplate();
            client.closePrompt();
            if (outcome == CommandPrompt.Outcome.SUBMITTED) runPrompt(client, PromptTemplates.fill(template, prompt.text()));
            return true;
        }

        /** While display-panes shows the numbers, a digit selects that pane; any key hides them. */
        private boolean choosePane(KeyReader.Key key) {
            client.hidePaneNumbers();
            String typed = key.canonical();
            Window window = client.session().currentWindow();
            if (typed.length() == 1 && Character.isDigit(typed.charAt(0))) {
                int index = typed.charAt(0) - '0';
                if (index < window.panes().size()) window.select(window.panes().get(index));
                return true;
            }
            return false;
        }

        @Override
        public String prefix() {
            Session session = client.session();
            return KeyReader.canonical(options.key("prefix", session));
        }

        @Override
        public long nowMillis() {
            return System.nanoTime() / 1_000_000;
        }

        /** A pane in copy mode takes the keys the prefix and root tables leave. */
        @Override
        public boolean toPaneMode(KeyReader.Key key) {
            Pane pane = client.isAttached() ? client.session().activePane() : null;
            if (pane == null || pane.copyMode() == null) return false;
            PaneCopyMode.press(pane, key.canonical(), buffers);
            return true;
        }

        @Override
        public void mouse(MouseEvent event) {
            if (!client.isAttached()) return;
            Session session = client.session();
            mouseRouter.route(event, session.currentWindow(), options.flag("mouse", session),
                    ModeKeys.of(options.choice("mode-keys", session)));
        }
    }
}
