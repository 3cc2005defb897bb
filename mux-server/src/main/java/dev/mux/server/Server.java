package dev.mux.server;

import dev.mux.protocol.Message;
import dev.mux.protocol.Protocol;
import dev.mux.server.client.Client;
import dev.mux.server.client.ClientView;
import dev.mux.server.cmd.CommandContext;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandResult;
import dev.mux.server.cmd.CommandTable;
import dev.mux.server.loop.ClientConnection;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final EventLoop loop;
    private final Sessions sessions = new Sessions();
    private final CommandTable commands = CommandTable.standard();
    private final PaneLauncher launcher;
    private final PeerCheck peerCheck;
    private final Runnable onExit;
    private final Map<ClientConnection, Client> clients = new LinkedHashMap<>();
    private int nextClientId;
    private boolean exiting;

    public Server(EventLoop loop, PaneLauncher launcher, PeerCheck peerCheck, Runnable onExit) {
        this.loop = loop;
        this.launcher = launcher;
        this.peerCheck = peerCheck;
        this.onExit = onExit;
        loop.addBatchHook(this::renderAll);
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
            client.commandReceived();
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
        Request request = new Request(client, command);
        try {
            CommandResult result = commands.run(command.argv(), request);
            if (result == CommandResult.DONE) finish(client, 0, "");
        } catch (CommandException e) {
            request.error(e.getMessage());
            finish(client, 1, "");
        }
        exitIfEmpty();
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
        removed.ifPresent(gone -> {
            for (Client client : attachedTo(gone)) release(client, "[exited]");
        });
        exitIfEmpty();
    }

    private void resizeClient(Client client, int columns, int rows) {
        if (columns <= 0 || rows <= 0) return;
        client.resize(columns, rows);
        client.session().resize(columns, rows);
    }

    /** The session takes the size of the client attached last, as tmux's window-size "latest". */
    private void fitToClients(Session session) {
        List<Client> attached = attachedTo(session);
        if (attached.isEmpty()) return;
        Client latest = attached.get(attached.size() - 1);
        session.resize(latest.columns(), latest.rows());
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
        if (connection.pendingBytes() > RENDER_BACKLOG_BYTES) return;
        Pane pane = client.session().activePane();
        if (pane == null) return;
        byte[] update = client.view().render(pane, client.columns(), client.rows());
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

    private void killSession(Session session) {
        for (Client client : attachedTo(session)) release(client, "[exited]");
        for (Window window : session.windows()) {
            for (Pane pane : window.panes()) pane.hangUp();
        }
        sessions.removeSession(session);
        LOG.info("session {} killed", session.name());
    }

    /** Hangs up every pane, tells every client, and ends the loop once replies are out. */
    public void shutdown(String why) {
        if (exiting) return;
        LOG.info("server exiting: {}", why);
        for (Session session : sessions.all()) killSession(session);
        exiting = true;
        for (Client client : new ArrayList<>(clients.values())) {
            if (!client.hasSentCommand()) client.connection().close("server exiting");
        }
        stopWhenFlushed();
    }

    private void exitIfEmpty() {
        if (sessions.isEmpty() && !exiting) shutdown("no sessions left");
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

        Request(Client client, Message.Command command) {
            this.client = client;
            this.command = command;
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
            printRaw(line + "\n");
        }

        @Override
        public void printRaw(String text) {
            client.connection().send(new Message.Output(1, text.getBytes(StandardCharsets.UTF_8)));
        }

        void error(String line) {
            client.connection().send(new Message.Output(2, (line + "\n").getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public Session newSession(String name, int columns, int rows, String shellCommand) throws CommandException {
            Session session = sessions.createSession(name, columns, rows);
            Window window = sessions.createWindow(session, launcher.windowName(shellCommand));
            try {
                launcher.launch(sessions, window, shellCommand, command.cwd(), columns, rows);
            } catch (IOException | RuntimeException | LinkageError e) {
                // pty4j reports a missing native library as an Error; either way no pane runs.
                LOG.error("pane of session {} failed to start", name, e);
                sessions.removeSession(session);
                throw new CommandException("create session failed: " + e.getMessage());
            }
            LOG.info("session {} created ({}x{})", name, columns, rows);
            return session;
        }

        @Override
        public void attach(Session session) {
            int columns = command.columns() > 0 ? command.columns() : session.columns();
            int rows = command.rows() > 0 ? command.rows() : session.rows();
            client.attach(session, columns, rows, new ClientView(new KeyActions(client)));
            sessions.touch(session);
            session.resize(columns, rows);
            client.connection().send(new Message.Attached(session.name()));
            render(client);
        }

        @Override
        public void detachAll(Session session) {
            for (Client attached : attachedTo(session)) detach(attached);
        }

        @Override
        public Session attachedSession() {
            return client.session();
        }

        @Override
        public boolean isAttached(Session session) {
            return !attachedTo(session).isEmpty();
        }

        @Override
        public void killSession(Session session) {
            Server.this.killSession(session);
        }

        @Override
        public void killServer() {
            finish(client, 0, "");
            shutdown("kill-server");
        }
    }

    /** What an attached client's keys do. */
    private final class KeyActions implements dev.mux.server.input.PrefixKeys.Actions {
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
        public void detach() {
            if (client.isAttached()) Server.this.detach(client);
        }
    }
}
