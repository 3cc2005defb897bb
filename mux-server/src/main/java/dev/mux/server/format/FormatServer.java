package dev.mux.server.format;

import dev.mux.server.buffer.PasteBuffer;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import java.time.Instant;
import java.util.List;

/**
 * What formats read of the server beyond one session, window or pane: the host, the socket, the
 * attached clients, the program in a pane's foreground, the shell jobs of {@code #()}. The server
 * implements it once; every {@link FormatContext} carries it.
 */
public interface FormatServer {
    /** The pane's foreground program: its name and working directory (empty when unknown). */
    record Foreground(String command, String path) {}

    String host();

    String socketPath();

    /** The tmux version mux implements (3.3a), what {@code #{version}} shows. */
    String version();

    /** When the server started. */
    Instant startTime();

    /** Every session, window and pane: the {@code S:} loop and {@code N/s:} walk them, options are read from it. */
    Sessions sessions();

    /** The attached clients, in the order they attached. */
    List<FormatClient> clients();

    /** The program in the pane's foreground and its working directory. */
    Foreground foreground(Pane pane);

    /** The newest paste buffer, which {@code #{buffer_*}} describe when a format is not about another; null if none. */
    PasteBuffer topBuffer();

    /** The shell commands of {@code #()}: run off the loop, their last output kept. */
    FormatJobs jobs();

    /** The value of an environment variable of the server (a format names one when nothing else has that name), or null. */
    default String environment(String name) {
        return System.getenv(name);
    }

    /** The number of clients attached to {@code session}. */
    default int attachedCount(Session session) {
        int count = 0;
        for (FormatClient client : clients()) {
            if (client.session() == session) count++;
        }
        return count;
    }
}
