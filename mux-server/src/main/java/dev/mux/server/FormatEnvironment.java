package dev.mux.server;

import dev.mux.server.buffer.PasteBuffer;
import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.client.Client;
import dev.mux.server.client.ClientFormat;
import dev.mux.server.format.FormatClient;
import dev.mux.server.format.FormatJobs;
import dev.mux.server.format.FormatServer;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Sessions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What formats read of the server beyond a pane: the host, the socket, the clients, the buffers, the foreground program. */
final class FormatEnvironment implements FormatServer {
    /**
     * What #{version} shows: the tmux version whose interface mux implements, as tmux -V answers
     * for mux run as tmux, since scripts and configs compare it with tmux's versions.
     */
    static final String VERSION = "3.3a";

    private final String hostName;
    private final PaneLauncher launcher;
    private final Sessions sessions;
    private final ClientRegistry clients;
    private final PasteBuffers buffers;
    private final ForegroundPrograms foregroundPrograms;
    private final FormatJobs jobs;
    private final Instant started = Instant.now();

    FormatEnvironment(String hostName, PaneLauncher launcher, Sessions sessions, ClientRegistry clients,
                      PasteBuffers buffers, ForegroundPrograms foregroundPrograms, ShellJobs shellJobs) {
        this.hostName = hostName;
        this.launcher = launcher;
        this.sessions = sessions;
        this.clients = clients;
        this.buffers = buffers;
        this.foregroundPrograms = foregroundPrograms;
        this.jobs = new FormatJobs((command, directory, output) -> shellJobs.run(command, 0, directory,
                result -> output.accept(String.join("\n", result.lines())), failure -> output.accept("")),
                () -> Instant.now().getEpochSecond());
    }

    @Override
    public String host() {
        return hostName;
    }

    @Override
    public String socketPath() {
        return launcher.socketPath();
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Instant startTime() {
        return started;
    }

    @Override
    public Sessions sessions() {
        return sessions;
    }

    @Override
    public List<FormatClient> clients() {
        List<FormatClient> attached = new ArrayList<>();
        for (Client client : clients.all()) {
            if (client.isAttached()) attached.add(new ClientFormat(client));
        }
        return attached;
    }

    @Override
    public Foreground foreground(Pane pane) {
        return foregroundPrograms.of(pane);
    }

    @Override
    public PasteBuffer topBuffer() {
        return buffers.top().orElse(null);
    }

    @Override
    public FormatJobs jobs() {
        return jobs;
    }
}
