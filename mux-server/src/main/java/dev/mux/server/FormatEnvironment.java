package dev.mux.server;

import dev.mux.server.format.FormatVariables;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;

/** What #{...} variables read beyond the pane itself: the host, the socket, attachment, the foreground program. */
final class FormatEnvironment implements FormatVariables.Environment {
    private final String hostName;
    private final PaneLauncher launcher;
    private final ClientRegistry clients;
    private final ForegroundPrograms foregroundPrograms;

    FormatEnvironment(String hostName, PaneLauncher launcher, ClientRegistry clients,
                      ForegroundPrograms foregroundPrograms) {
        this.hostName = hostName;
        this.launcher = launcher;
        this.clients = clients;
        this.foregroundPrograms = foregroundPrograms;
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
    public boolean attached(Session session) {
        return clients.isAttached(session);
    }

    @Override
    public FormatVariables.Foreground foreground(Pane pane) {
        return foregroundPrograms.of(pane);
    }
}
