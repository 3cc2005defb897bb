package dev.mux.client;

import dev.mux.protocol.CommandHints;
import dev.mux.protocol.Message;
import dev.mux.protocol.MessageCodec;
import dev.mux.protocol.Protocol;
import dev.mux.protocol.SnapshotPaths;
import dev.mux.protocol.SocketPaths;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

/** One run of the {@code mux} command: reach the server, send the command, follow its replies. */
final class Client {
    private static final int CONTROL_COLUMNS = 80;
    private static final int CONTROL_ROWS = 24;

    private final GlobalOptions options;
    private final Identity identity;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    Client(GlobalOptions options, Identity identity, Map<String, String> env, PrintStream out, PrintStream err) {
        this.options = options;
        this.identity = identity;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    Outcome run() throws ClientException {
        Path socket = SocketLocation.checked(options, identity, env);
        String name = options.commandName();
        if (options.control()) return runControl(socket, name);
        // Only a command that may attach needs the terminal, and loading JLine costs start-up time.
        boolean hasTerminal = System.console() != null;
        AttachedTerminal terminal = CommandHints.mayAttach(name) && hasTerminal ? openTerminal() : null;
        TerminalSize size = terminal != null ? terminal.size()
                : CommandHints.mayAttach(name) ? TerminalSize.FALLBACK : TerminalSize.NONE;
        Message.Command command = new Message.Command(options.command(), System.getProperty("user.dir"),
                size.columns(), size.rows(), hasTerminal, env.getOrDefault("TERM", ""));
        Message.Environment environment = new Message.Environment(
                env.entrySet().stream().map(variable -> variable.getKey() + "=" + variable.getValue()).toList());
        if (!MessageCodec.fits(command) || !MessageCodec.fits(environment)) {
            throw new ClientException("mux: command too long: the limit is " + Protocol.MAX_FRAME_BYTES + " bytes");
        }
        try (ServerConnection connection = connectOrStart(socket, name)) {
            List<Message> messages = new ArrayList<>(List.of(new Message.Hello(Protocol.VERSION)));
            if (terminal != null) OwnTerminal.device().ifPresent(messages::add);
            messages.add(environment);
            messages.add(command);
            send(connection, messages.toArray(Message[]::new));
            return new ReplyLoop(connection, terminal, out, err).run();
        }
    }

    /**
     * Control mode: no terminal is attached (a -CC client's is only kept quiet), the command goes
     * with the request to speak the control protocol, and standard input and output are relayed.
     * A control client has tmux's default size of 80x24 until refresh-client -C gives it one.
     */
    private Outcome runControl(Path socket, String name) throws ClientException {
        Message.Command command = new Message.Command(options.command(), System.getProperty("user.dir"),
                CONTROL_COLUMNS, CONTROL_ROWS, false, env.getOrDefault("TERM", ""));
        if (!MessageCodec.fits(command)) {
            throw new ClientException("mux: command too long: the limit is " + Protocol.MAX_FRAME_BYTES + " bytes");
        }
        ControlTerminal terminal = options.controlLevel() > 1 ? ControlTerminal.take() : null;
        try (ServerConnection connection = connectOrStart(socket, name)) {
            send(connection, new Message.Hello(Protocol.VERSION), new Message.ControlMode(options.controlLevel()), command);
            return new ControlSession(connection, options.controlLevel(), out, err).run(ControlSession.standardInput());
        } finally {
            if (terminal != null) terminal.restore();
        }
    }

    /**
     * A server that refuses us (another user, another version) may close before our frames are
     * written; its reason is then still waiting to be read, so a failed send is left to the reply loop.
     */
    private static void send(ServerConnection connection, Message... messages) {
        try {
            for (Message message : messages) connection.send(message);
        } catch (IOException e) {
            // Reading next tells the reason the server sent, or that it is gone.
        }
    }

    /**
     * Whether the server that was on {@code socket} left a snapshot: an attach then starts a server,
     * which brings the sessions back. Asked only when no server answers.
     */
    private boolean snapshotWaits(Path socket) throws ClientException {
        Path defaultDirectory = SocketPaths.directory(env, SocketLocation.currentUid());
        return Files.isRegularFile(SnapshotPaths.file(env, socket, defaultDirectory))
                || Files.isRegularFile(SnapshotPaths.previousFile(env, socket, defaultDirectory));
    }

    /** A command that starts a server (new-session), or attaches where a snapshot waits, starts one if none answers. */
    private ServerConnection connectOrStart(Path socket, String name) throws ClientException {
        try {
            return ServerConnection.connect(socket);
        } catch (ServerConnection.NoServerException e) {
            boolean mayStart = CommandHints.startsServer(name) || CommandHints.mayAttach(name) && snapshotWaits(socket);
            if (!mayStart) throw new ClientException(e.getMessage());
        }
        ServerStarter.fromEnvironment(env.get("MUX_HOME")).start(socket, options.configFile());
        try {
            return ServerConnection.connect(socket);
        } catch (ServerConnection.NoServerException e) {
            throw new ClientException("mux: server said " + ServerStarter.READY + " but " + e.getMessage());
        }
    }

    private static AttachedTerminal openTerminal() throws ClientException {
        try {
            return AttachedTerminal.open();
        } catch (IOException e) {
            throw new ClientException("open terminal failed: " + e.getMessage());
        }
    }
}
