package dev.mux.client;

import dev.mux.protocol.Message;
import dev.mux.protocol.Protocol;
import dev.mux.protocol.ProtocolException;
import java.io.IOException;
import java.io.PrintStream;
import sun.misc.Signal;

/**
 * Handles the server's replies to one command until it says the command is over. When the server
 * attaches this client to a session, the same loop relays terminal output while {@link InputRelay}
 * sends the keys. Signals do not exit on their own thread: they record how the run ends and close
 * the socket, which wakes this loop, so the terminal is always restored here, in one place.
 */
final class ReplyLoop {
    static final String LOST_SERVER = "[lost server]";
    /** tmux's report when its client gets SIGTERM while attached. */
    static final String TERMINATED = "[terminated]";

    private final ServerConnection connection;
    private final PrintStream out;
    private final PrintStream err;
    private AttachedTerminal terminal;
    private boolean attached;
    private volatile Outcome endedBySignal;
    /** detach-client -P: the server asked for SIGHUP to this process's parent once the terminal is back. */
    private boolean hangUpParent;

    /** {@code terminal} is the one already opened to read the size, or null if none was. */
    ReplyLoop(ServerConnection connection, AttachedTerminal terminal, PrintStream out, PrintStream err) {
        this.connection = connection;
        this.terminal = terminal;
        this.out = out;
        this.err = err;
    }

    Outcome run() throws ClientException {
        try {
            expectHello(connection);
            while (true) {
                Message message = connection.receive();
                if (message == null) return lostServer();
                Outcome outcome = handle(message);
                if (outcome != null) return outcome;
            }
        } catch (ProtocolException e) {
            throw protocolError(e.getMessage());
        } catch (IOException e) {
            return lostServer();
        } finally {
            if (terminal != null) terminal.restore();
        }
    }

    /** Reads the server's hello and checks that it speaks this client's version. */
    static void expectHello(ServerConnection connection) throws IOException, ProtocolException, ClientException {
        Message first = connection.receive();
        if (first == null) throw new ClientException("mux: server closed the connection before its hello");
        if (first instanceof Message.ProtocolError error) throw protocolError(error.reason());
        if (!(first instanceof Message.Hello hello)) {
            throw protocolError("expected hello, got " + first.getClass().getSimpleName());
        }
        if (hello.version() != Protocol.VERSION) {
            throw protocolError("server speaks version " + hello.version() + ", this client " + Protocol.VERSION);
        }
    }

    /** Acts on one message; returns the outcome when it ends the run, else null. */
    private Outcome handle(Message message) throws IOException, ClientException {
        if (message instanceof Message.Output output) {
            PrintStream stream = output.stream() == 2 ? err : out;
            stream.write(output.bytes(), 0, output.bytes().length);
            stream.flush();
        } else if (message instanceof Message.TerminalOutput output) {
            if (terminal != null) terminal.write(output.bytes());
        } else if (message instanceof Message.Attached attachedTo) {
            attach(attachedTo.direct());
        } else if (message instanceof Message.Suspend) {
            if (terminal != null) suspend();
        } else if (message instanceof Message.Lock lock) {
            if (terminal != null) lock(lock.command());
        } else if (message instanceof Message.HangUpParent) {
            hangUpParent = true;
        } else if (message instanceof Message.Exec exec) {
            return Outcome.report(runInTerminal(exec.command()), "");
        } else if (message instanceof Message.Exit exit) {
            Outcome outcome = Outcome.fromServer(exit.status(), exit.message());
            return hangUpParent ? outcome.thenHangUpParent() : outcome;
        } else if (message instanceof Message.ProtocolError error) {
            throw protocolError(error.reason());
        } else {
            throw protocolError("unexpected " + message.getClass().getSimpleName() + " from the server");
        }
        return null;
    }

    /**
     * The first Attached sets the terminal up, and the keys go to the server either from here or,
     * when {@code direct}, from the terminal the server opened; a later one (the attached client ran new-session or
     * attach-session from a key or the prompt, and the server switched it) changes nothing here:
     * entering raw mode again would save the raw attributes as the ones to restore.
     */
    private void attach(boolean direct) throws IOException {
        if (attached) return;
        attached = true;
        if (terminal == null) terminal = AttachedTerminal.open();
        AttachedTerminal attached = terminal;
        attached.onResize(() -> {
            TerminalSize size = attached.size();
            sendQuietly(new Message.Resize(size.columns(), size.rows()));
        });
        // The terminal hung up: nobody is left to read a report, so end quietly and successfully.
        endOnSignal("HUP", Outcome.report(0, ""));
        endOnSignal("TERM", Outcome.report(1, TERMINATED));
        attached.enterRawMode();
        if (direct) {
            // The server reads the keys from the terminal itself, and draws once it knows it is raw.
            TerminalSize size = attached.size();
            sendQuietly(new Message.Resize(size.columns(), size.rows()));
        } else {
            InputRelay.start(connection);
        }
    }

    /**
     * suspend-client: the terminal goes back to the shell as it was before attaching, the client
     * stops until the shell continues it, then takes the terminal again and asks for a full redraw
     * (the server redraws everything after a resize).
     */
    private void suspend() throws IOException {
        terminal.restore();
        SelfStop.untilContinued();
        terminal.enterRawMode();
        TerminalSize size = terminal.size();
        sendQuietly(new Message.Resize(size.columns(), size.rows()));
    }

    /**
     * lock-client: the terminal goes back to its modes from before attaching while the lock
     * command runs in it (its keys are its own: the relay drops what it reads meanwhile), then the
     * client takes it again and asks for a full redraw, as after suspend.
     */
    private void lock(String command) throws IOException {
        runInTerminal(command);
        terminal.enterRawMode();
        TerminalSize size = terminal.size();
        sendQuietly(new Message.Resize(size.columns(), size.rows()));
    }

    /**
     * Runs {@code command} with {@code /bin/sh -c} in the terminal, as it was before attaching, and
     * returns its exit status (127 when it cannot start); the input relay drops what it reads meanwhile.
     */
    private int runInTerminal(String command) {
        if (terminal != null) terminal.restore();
        InputRelay.paused = true;
        try {
            return new ProcessBuilder("/bin/sh", "-c", command).inheritIO().start().waitFor();
        } catch (IOException e) {
            return 127;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            InputRelay.paused = false;
        }
    }

    private void endOnSignal(String name, Outcome outcome) {
        Signal.handle(new Signal(name), signal -> {
            endedBySignal = outcome;
            connection.close();
        });
    }

    private Outcome lostServer() {
        Outcome bySignal = endedBySignal;
        return bySignal != null ? bySignal : Outcome.report(1, LOST_SERVER);
    }

    private void sendQuietly(Message message) {
        try {
            connection.send(message);
        } catch (IOException e) {
            // The socket closed under us; the loop reports that when its read fails.
        }
    }

    static ClientException protocolError(String reason) {
        return new ClientException("mux: protocol error: " + reason);
    }
}
