package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.loop.ClientConnection;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.options.OptionStore;
import dev.mux.server.stop.StopReport;
import dev.mux.server.stop.Stops;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What ends: panes, windows and sessions removed from the model and handed to the stop procedure,
 * their clients told, and the server itself, once no session is left or it is told to stop.
 */
final class ServerStop {
    private static final Logger LOG = LoggerFactory.getLogger(ServerStop.class);
    /** How long the last replies may take to reach the clients at exit: one that stopped reading is not waited for. */
    private static final long EXIT_FLUSH_LIMIT_MILLIS = 2_000;
    private static final long EXIT_FLUSH_POLL_MILLIS = 10;

    private final Sessions sessions;
    private final ClientRegistry clients;
    private final Stops stops;
    private final OptionStore options;
    private final EventLoop loop;
    private final Runnable onExit;
    private boolean exiting;

    ServerStop(Sessions sessions, ClientRegistry clients, Stops stops, OptionStore options, EventLoop loop,
               Runnable onExit) {
        this.sessions = sessions;
        this.clients = clients;
        this.stops = stops;
        this.options = options;
        this.loop = loop;
        this.onExit = onExit;
    }

    boolean isExiting() {
        return exiting;
    }

    /** A pane's process ended by itself: the pane goes, and a window or session it leaves empty. */
    void paneEnded(Pane pane) {
        Session session = pane.window().session();
        List<Session> removed = sessions.removePane(pane);
        LOG.info("pane %{} of session {} ended", pane.id(), session.name());
        stops.paneEnded(pane);
        removed.forEach(clients::releaseAll);
        exitIfEmpty();
    }

    /** Removes the panes (and a window or session left empty) at once, then hangs them up. */
    void killPanes(List<Pane> panes, Consumer<StopReport> stopped) {
        for (Pane pane : panes) sessions.removePane(pane).forEach(clients::releaseAll);
        stops.stopPanes(panes, "kill-pane", stopped);
    }

    /** Removes the windows from every session (and a session left empty) and stops their panes as {@link #killPanes} does. */
    void killWindows(List<Window> windows, Consumer<StopReport> stopped) {
        List<Pane> panes = new ArrayList<>();
        for (Window window : windows) {
            if (panes.containsAll(window.panes())) continue;
            panes.addAll(window.panes());
            sessions.removeWindow(window).forEach(clients::releaseAll);
        }
        stops.stopPanes(panes, "kill-window", stopped);
    }

    /**
     * Removes the sessions at once, then ends the panes of their windows that are in no other
     * session; {@code stopped} gets the report.
     */
    void killSessions(List<Session> ended, String why, Consumer<StopReport> stopped) {
        List<Pane> panes = new ArrayList<>();
        for (Session session : ended) {
            clients.releaseAll(session);
            for (Window window : sessions.removeSession(session)) panes.addAll(window.panes());
            LOG.info("session {} killed", session.name());
        }
        stops.stopPanes(panes, why, stopped);
    }

    /**
     * Stops every pane, tells every client, and ends the loop once the stop is over and the replies
     * are out (or {@link #EXIT_FLUSH_LIMIT_MILLIS} later, for a client that no longer reads).
     */
    void shutdown(String why, Consumer<StopReport> stopped) {
        if (exiting) return;
        LOG.info("server exiting: {}", why);
        exiting = true;
        killSessions(sessions.all(), why, stopped);
        for (Client client : new ArrayList<>(clients.all())) {
            if (!client.hasSentCommand()) client.connection().close("server exiting");
        }
        stops.whenIdle(() -> stopWhenFlushed(System.nanoTime() + EXIT_FLUSH_LIMIT_MILLIS * 1_000_000));
    }

    /**
     * destroy-unattached, as tmux 3.3a's server_check_unattached: every session with the option on
     * and no client attached goes, whether or not it ever had one.
     */
    void destroyUnattached() {
        if (exiting) return;
        List<Session> unattached = new ArrayList<>();
        for (Session session : sessions.all()) {
            if (!clients.isAttached(session) && session.options().flag("destroy-unattached")) unattached.add(session);
        }
        if (!unattached.isEmpty()) killSessions(unattached, "destroy-unattached", report -> {});
        exitIfEmpty();
        exitIfUnattached();
    }

    /**
     * exit-unattached, as tmux 3.3a's server_loop: with it and exit-empty on, the server ends once
     * no client is attached and none is connected, even with sessions left (a command client has
     * had its reply by then).
     */
    private void exitIfUnattached() {
        if (exiting || !options.server().flag("exit-unattached") || !options.server().flag("exit-empty")) return;
        if (clients.all().isEmpty()) shutdown("no clients attached", report -> {});
    }

    /** After each command and each pane's end: with exit-empty on, the last session gone ends the server. */
    void exitIfEmpty() {
        if (sessions.isEmpty() && !exiting && options.server().flag("exit-empty")) shutdown("no sessions left", report -> {});
    }

    private void stopWhenFlushed(long deadlineNanos) {
        boolean pending = clients.connections().stream().anyMatch(c -> c.isOpen() && c.pendingBytes() > 0);
        if (pending && System.nanoTime() - deadlineNanos < 0) {
            loop.schedule(EXIT_FLUSH_POLL_MILLIS, () -> stopWhenFlushed(deadlineNanos));
            return;
        }
        for (ClientConnection connection : new ArrayList<>(clients.connections())) connection.close("server exited");
        onExit.run();
    }
}
