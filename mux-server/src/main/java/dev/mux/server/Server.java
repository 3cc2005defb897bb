package dev.mux.server;

import dev.mux.protocol.Message;
import dev.mux.protocol.Protocol;
import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.client.Client;
import dev.mux.server.cmd.CommandTable;
import dev.mux.server.cmd.WaitChannels;
import dev.mux.server.control.ControlClients;
import dev.mux.server.format.FormatServer;
import dev.mux.server.input.KeyBindings;
import dev.mux.server.loop.ClientConnection;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.mode.ModeServices;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.hook.HookEvent;
import dev.mux.server.hook.HookRunner;
import dev.mux.server.notify.Notifications;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.StandardOptions;
import dev.mux.server.prompt.HistoryFile;
import dev.mux.server.prompt.PromptHistory;
import dev.mux.server.scope.ServerScope;
import dev.mux.server.snapshot.FinalSnapshot;
import dev.mux.server.snapshot.SnapshotFiles;
import dev.mux.server.snapshot.SnapshotKeeper;
import dev.mux.server.stop.Stops;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server on the loop thread: owns the model and the parts that act on it, wires them together,
 * and takes the clients' messages: greets them, runs their commands, relays the keys and sizes of
 * attached ones.
 */
public final class Server implements ClientConnection.Listener, PaneLauncher.Events {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final EventLoop loop;
    private final PeerCheck peerCheck;
    private final OptionStore options = new OptionStore(StandardOptions.table());
    private final Sessions sessions = new Sessions(options);
    private final Notifications notifications = new Notifications();
    private final ControlClients controls;
    private final ClientRegistry clients;
    private final ServerStop serverStop;
    private final DeadPanes deadPanes;
    private final CommandRunner commands;
    private final HookRunner hooks;
    private final FocusKeeper focus;
    private final ClientRenderer renderer;
    /** set-clipboard: copies and programs' OSC 52 to the outer terminals and paste buffers. */
    private final Clipboard clipboard;
    private final Passthrough passthrough;
    private final PromptHistory promptHistory = new PromptHistory(() -> options.server().number("prompt-history-limit"));
    private final PasteBuffers buffers = new PasteBuffers(() -> options.server().number("buffer-limit"));
    private final SnapshotKeeper snapshots;
    private final Resurrection resurrection;
    private int nextClientId;

    public Server(EventLoop loop, PaneLauncher launcher, PeerCheck peerCheck, Runnable onExit, ServerScope scope,
                  SnapshotFiles snapshotFiles) {
        this.loop = loop;
        this.peerCheck = peerCheck;
        launcher.setServerOptions(options.server());
        String hostName = HostName.current();
        KeyBindings keyBindings = KeyBindings.defaults();
        ForegroundPrograms foregroundPrograms = new ForegroundPrograms();
        BlockingWork blockingWork = new BlockingWork(loop);
        Stops stops = new Stops(loop, launcher.serverPrefix());
        CommandTable table = CommandTable.standard();
        table.useAliases(() -> options.server().items("command-alias"));
        sessions.observe(notifications);
        buffers.watch(new PasteBuffers.Watcher() {
            @Override
            public void changed(String name) {
                notifications.pasteBufferChanged(name);
            }

            @Override
            public void deleted(String name) {
                notifications.pasteBufferDeleted(name);
            }
        });
        clients = new ClientRegistry(options, sessions, loop, notifications);
        focus = new FocusKeeper(clients, options, notifications);
        OuterTerminals terminals = new OuterTerminals(options);
        clipboard = new Clipboard(options, sessions, clients, buffers, terminals, notifications);
        passthrough = new Passthrough(clients);
        ModeServices modeServices = new ModeServicesOnLoop(loop, buffers, clipboard, new CopyPipe(options));
        ShellJobs shellJobs = new ShellJobs(loop);
        FormatServer formats = new FormatEnvironment(hostName, launcher, sessions, clients, buffers, foregroundPrograms,
                shellJobs);
        serverStop = new ServerStop(sessions, clients, stops, options, loop, onExit);
        // Before the renderer: a batch's alerts are checked before its frames are drawn.
        AlertChecks alerts = new AlertChecks(sessions, clients, loop, notifications);
        ClientRenderer renderer = new ClientRenderer(clients, loop, formats, terminals);
        Attachments attachments = new Attachments(clients, renderer, sessions, keyBindings, loop, notifications,
                this::keysOf, alerts);
        clients.switcher((client, next) -> attachments.attach(client, next, client.columns(), client.rows()));
        clients.unattachedCheck(serverStop::destroyUnattached);
        deadPanes = new DeadPanes(formats);
        snapshots = new SnapshotKeeper(loop, sessions, buffers, snapshotFiles, notifications::told);
        resurrection = new Resurrection(sessions, launcher, buffers, snapshots);
        RequestContexts contexts = new RequestContexts(new RequestContexts.Owners(sessions, clients, attachments,
                serverStop, stops, buffers, options, keyBindings, table, formats, scope, blockingWork, shellJobs,
                launcher, promptHistory, loop, modeServices, new WaitChannels(), resurrection));
        commands = new CommandRunner(table, contexts, clients, serverStop, new PaneView(modeServices));
        hooks = new HookRunner(table, options, sessions, loop, contexts::forHook);
        table.useHooks(hooks);
        // Before the hooks: a pane's focus hooks run before those of the change that moved the focus, as in tmux.
        notifications.watch(focus);
        notifications.watch(hooks);
        notifications.watch(new HeapGiveBack((delay, task) -> loop.schedule(delay, task)::cancel, System::gc));
        controls = new ControlClients(new ControlCommands(table, commands, clients, formats), loop, notifications);
        clients.controls(controls);
        new WindowRenamer(sessions, foregroundPrograms, formats, blockingWork, loop);
        this.renderer = renderer;
    }

    /** What an attached client's keys do: they run commands, so they are made here where both are known. */
    private ClientKeys keysOf(Client client) {
        return new ClientKeys(client, commands, loop,
                session -> new PromptCompletion(commands.commandTable(), options, sessions, session),
                in -> focus.clientFocus(client, in), options.server());
    }

    public void accepted(SocketChannel channel) throws IOException {
        ClientConnection connection = new ClientConnection(nextClientId++, channel, loop, this);
        clients.add(connection, new Client(connection));
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
        } else if (message instanceof Message.ControlMode control && !client.hasSentCommand()) {
            client.controlMode(Math.max(1, Math.min(2, control.level())));
        } else if (message instanceof Message.Environment environment && !client.hasSentCommand()) {
            client.environmentReceived(environment.asMap());
        } else if (message instanceof Message.Command command && !client.hasSentCommand()) {
            client.commandReceived(command);
            if (client.isControl()) {
                controls.start(client, command.argv(), commands.takeConfigErrors());
            } else {
                commands.runCommand(client, command);
            }
        } else if (client.isControl() && client.hasSentCommand() && message instanceof Message.Input input) {
            controls.input(client, input.bytes());
        } else if (client.isControl() && client.hasSentCommand() && message instanceof Message.InputEnd) {
            controls.inputEnded(client);
        } else if (message instanceof Message.Input input && client.isAttached() && !client.isSuspended()) {
            client.view().typed(input.bytes());
            clients.used(client);
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

    /** A resize also says that a suspended client runs again: it sends one as it resumes. */
    private void resizeClient(Client client, int columns, int rows) {
        client.resumed();
        if (columns <= 0 || rows <= 0) return;
        client.resize(columns, rows);
        if (client.isAttached()) clients.used(client);
        clients.fitToClients(client.session());
        if (client.isAttached() && !client.isControl()) notifications.clientResized(client);
    }

    @Override
    public void drained(ClientConnection connection) {
        Client client = clients.get(connection);
        if (client != null) renderer.redraw(client);
    }

    @Override
    public void closed(ClientConnection connection, String reason) {
        Client client = clients.remove(connection);
        LOG.info("client {} closed: {}", connection.id(), reason);
        if (client != null) controls.removed(client);
        if (client != null && client.isAttached()) {
            Session session = client.session();
            client.detach();
            notifications.clientDetached(client);
            clients.fitToClients(session);
        }
        clients.attachmentsChanged();
    }

    @Override
    public void paneFocusReportsOn(Pane pane) {
        focus.focusReportsOn(pane);
    }

    @Override
    public void paneClipboard(Pane pane, String payload) {
        clipboard.fromPane(pane, payload);
    }

    @Override
    public void panePassthrough(Pane pane, byte[] data) {
        passthrough.fromPane(pane, data);
    }

    @Override
    public void paneEnded(Pane pane, int exitStatus) {
        if (deadPanes.remain(pane, exitStatus)) {
            hooks.fire(HookEvent.ofPane("pane-died", pane));
        } else {
            hooks.fire(HookEvent.ofPane("pane-exited", pane));
            serverStop.paneEnded(pane);
        }
    }

    /**
     * Stops every pane, tells every client, and ends the loop once the stop is over and the replies
     * are out (SIGTERM, SIGHUP, SIGINT).
     */
    public void shutdown(String why) {
        // Before the stop empties the model: what the signal ended is what a new server brings back.
        snapshots.writeNowOnLoop("the server was stopped by " + why);
        serverStop.shutdown(why, report -> {});
    }

    /** The same, and {@code stopped} once every pane's stop is over (the system's shutdown waits for it). */
    public void shutdown(String why, Runnable stopped) {
        serverStop.shutdown(why, report -> stopped.run());
    }

    /** Writes a snapshot now, from any thread (before a shutdown or sleep); see {@link FinalSnapshot}. */
    public FinalSnapshot finalSnapshot() {
        return snapshots;
    }

    /**
     * After the config file: brings back a snapshot a server that is gone left, as the resurrect
     * option says, then keeps this server's own snapshot from now on.
     */
    public void startSnapshots() {
        resurrection.atStart(commands::tellFirstClient);
        snapshots.start();
    }

    /** The server exits: a write under way ends, and the snapshot goes unless a final one was written. */
    public void closeSnapshots() {
        snapshots.close();
    }

    /** After the config file, as tmux: the prompt's history from history-file, if it names one. */
    public void loadPromptHistory() {
        HistoryFile.load(promptHistory, HistoryFile.of(options.server().string("history-file"), System.getenv()));
    }

    /** The server exits: the prompt's history goes to history-file, if it names one. */
    public void savePromptHistory() {
        HistoryFile.save(promptHistory, HistoryFile.of(options.server().string("history-file"), System.getenv()));
    }

    /** Runs the config file at start-up, before any client; its errors wait for the first client. */
    public void loadConfig(Path file, String directory) {
        commands.loadConfig(file, directory);
    }
}
