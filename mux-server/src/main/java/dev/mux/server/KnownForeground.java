package dev.mux.server;

import dev.mux.server.buffer.PasteBuffer;
import dev.mux.server.format.FormatClient;
import dev.mux.server.format.FormatJobs;
import dev.mux.server.format.FormatServer;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Sessions;
import java.time.Instant;
import java.util.List;

/**
 * The server's formats, except that one pane's foreground program is what was just read off the
 * loop: automatic-rename-format is expanded with no read of /proc on the loop.
 */
record KnownForeground(FormatServer server, Pane pane, Foreground known) implements FormatServer {
    @Override
    public Foreground foreground(Pane asked) {
        return asked == pane ? known : server.foreground(asked);
    }

    @Override
    public String host() {
        return server.host();
    }

    @Override
    public String socketPath() {
        return server.socketPath();
    }

    @Override
    public String version() {
        return server.version();
    }

    @Override
    public Instant startTime() {
        return server.startTime();
    }

    @Override
    public Sessions sessions() {
        return server.sessions();
    }

    @Override
    public List<FormatClient> clients() {
        return server.clients();
    }

    @Override
    public PasteBuffer topBuffer() {
        return server.topBuffer();
    }

    @Override
    public FormatJobs jobs() {
        return server.jobs();
    }

    @Override
    public String environment(String name) {
        return server.environment(name);
    }
}
