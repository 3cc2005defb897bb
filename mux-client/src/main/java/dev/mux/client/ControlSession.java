package dev.mux.client;

import dev.mux.protocol.Message;
import dev.mux.protocol.ProtocolException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A control-mode client ({@code -C}, {@code -CC}) after its command is sent: the server speaks the
 * control protocol and this side only relays. Standard input goes to the server as it is read (the
 * server splits the lines and runs them, so it alone numbers and orders what is written back), its
 * end as {@link Message.InputEnd}; the server's output goes to standard output unchanged. At the
 * end the client writes the {@code %exit} line itself, as tmux's does, so it is the last line even
 * when the server is gone.
 */
final class ControlSession {
    /** tmux's reason when the server went away under a control client. */
    static final String LOST_SERVER = "server exited unexpectedly";
    /** Ends the DCS sequence the server opened for a {@code -CC} client. */
    private static final String DCS_END = "\033\\";
    private static final int READ_BYTES = 4096;

    private final ServerConnection connection;
    private final int level;
    private final PrintStream out;
    private final PrintStream err;
    /** refresh-client -f wait-exit: after %exit, wait for an empty line or the end of input. */
    private boolean waitExit;
    private final BlockingQueue<Boolean> emptyLineOrEnd = new LinkedBlockingQueue<>();
    private volatile boolean inputEnded;

    ControlSession(ServerConnection connection, int level, PrintStream out, PrintStream err) {
        this.connection = connection;
        this.level = level;
        this.out = out;
        this.err = err;
    }

    Outcome run(InputStream input) throws ClientException {
        startRelay(input);
        int status = 1;
        String reason = LOST_SERVER;
        try {
            ReplyLoop.expectHello(connection);
            while (true) {
                Message message = connection.receive();
                if (message == null) break;
                if (message instanceof Message.Output output) {
                    PrintStream stream = output.stream() == 2 ? err : out;
                    stream.write(output.bytes(), 0, output.bytes().length);
                    stream.flush();
                } else if (message instanceof Message.Exit exit) {
                    status = exit.status();
                    reason = exit.message();
                    break;
                } else if (message instanceof Message.WaitExit wait) {
                    waitExit = wait.on();
                } else if (message instanceof Message.ProtocolError error) {
                    throw ReplyLoop.protocolError(error.reason());
                }
                // Attached, terminal output and suspend are for a terminal, which a control client is not.
            }
        } catch (ProtocolException e) {
            throw ReplyLoop.protocolError(e.getMessage());
        } catch (IOException e) {
            // The server is gone: the exit line says so.
        }
        out.print(reason.isEmpty() ? "%exit\n" : "%exit " + reason + "\n");
        out.flush();
        if (waitExit) awaitEmptyLine();
        if (level > 1) out.print(DCS_END);
        out.flush();
        return Outcome.report(status, "");
    }

    /** Lines read before the exit were the server's; only one read after it ends the wait. */
    private void awaitEmptyLine() {
        emptyLineOrEnd.clear();
        if (inputEnded) return;
        try {
            emptyLineOrEnd.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Standard input to the server on a daemon thread, so that a read blocked on it never holds up exit. */
    private void startRelay(InputStream input) {
        Thread thread = new Thread(() -> relay(input), "mux-control-input");
        thread.setDaemon(true);
        thread.start();
    }

    private void relay(InputStream input) {
        byte[] buffer = new byte[READ_BYTES];
        try {
            int n;
            boolean lineStart = true;
            while ((n = input.read(buffer)) >= 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n' && lineStart) emptyLineOrEnd.offer(true);
                    lineStart = buffer[i] == '\n';
                }
                if (n > 0) sendQuietly(new Message.Input(Arrays.copyOf(buffer, n)));
            }
            sendQuietly(new Message.InputEnd());
        } catch (IOException e) {
            // Standard input failed: as its end.
        }
        inputEnded = true;
        emptyLineOrEnd.offer(true);
    }

    /** After the server is gone, input only matters to wait-exit's wait. */
    private void sendQuietly(Message message) {
        try {
            connection.send(message);
        } catch (IOException e) {
            // The socket closed: the main thread sees it too.
        }
    }

    static InputStream standardInput() {
        return new FileInputStream(FileDescriptor.in);
    }
}
