package dev.mux.client;

import dev.mux.protocol.Message;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Sends what the user types to the server as soon as it is read. It reads standard input itself
 * rather than through JLine's stream, which returns one byte per call and polls with a 0.1 s
 * timeout: with VMIN=1 one read here returns everything typed or pasted so far.
 */
final class InputRelay implements Runnable {
    /** Enough for a paste to cross in few frames, far below the frame limit. */
    private static final int READ_BYTES = 4096;

    /** While lock-command runs in the terminal, what is read is its keys, not the server's: dropped. */
    static volatile boolean paused;

    private final InputStream input;
    private final ServerConnection connection;

    InputRelay(InputStream input, ServerConnection connection) {
        this.input = input;
        this.connection = connection;
    }

    /** Relays standard input on a daemon thread: a read blocked on the tty must not hold up exit. */
    static void start(ServerConnection connection) {
        Thread thread = new Thread(new InputRelay(new FileInputStream(FileDescriptor.in), connection), "mux-input");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        byte[] buffer = new byte[READ_BYTES];
        try {
            int n;
            while ((n = input.read(buffer)) >= 0) {
                if (n > 0 && !paused) connection.send(new Message.Input(Arrays.copyOf(buffer, n)));
            }
        } catch (IOException e) {
            // The terminal or the socket went away; the main thread learns of it from the socket.
        }
    }
}
