package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.render.StatusClock;
import dev.mux.server.render.StatusLine;

/**
 * When attached clients are drawn: after each batch of loop events, when a client's output drains,
 * when a paced frame falls due, and when the status line's clock moves on.
 */
final class ClientRenderer {
    /** Output queued for a client above which rendering waits until it drains. */
    private static final long RENDER_BACKLOG_BYTES = 256 * 1024;
    private static final long STATUS_INTERVAL_MILLIS = 15_000;

    private final ClientRegistry clients;
    private final EventLoop loop;
    private final String hostName;
    private final StatusClock statusClock = new StatusClock(System::currentTimeMillis);

    ClientRenderer(ClientRegistry clients, EventLoop loop, String hostName) {
        this.clients = clients;
        this.loop = loop;
        this.hostName = hostName;
        loop.addBatchHook(this::renderAll);
        loop.schedule(STATUS_INTERVAL_MILLIS, this::statusTick);
    }

    /** The clock on the status line moves on even when no pane does (tmux's status-interval). */
    private void statusTick() {
        loop.schedule(STATUS_INTERVAL_MILLIS, this::statusTick);
    }

    private void renderAll() {
        for (Client client : clients.all()) {
            if (client.isAttached()) render(client);
        }
    }

    /**
     * Brings an attached client up to date, unless it is suspended, has a backlog, or is waiting for
     * a paced frame (its view then calls {@link #redraw} when the frame is due).
     */
    void render(Client client) {
        if (!client.isShowing() || client.backlog() > RENDER_BACKLOG_BYTES) return;
        if (client.view().waitsForFrame()) return;
        Session session = client.session();
        Pane pane = session.activePane();
        if (pane == null) return;
        // The status option may have changed since the last render; a resize to the same size is free.
        clients.fitToClients(session);
        String title = pane.terminal().screen().title();
        StatusLine.Content status;
        if (client.prompt() != null) {
            status = StatusLine.prompt(client.prompt().display(), client.prompt().cursorCells());
        } else if (clients.statusRows(session) == 0) {
            status = null;
        } else if (client.message() != null) {
            status = StatusLine.message(client.message());
        } else {
            status = client.view().status().compose(session, title.isEmpty() ? hostName : title, statusClock.text());
        }
        byte[] update = client.view().render(session, status, client.columns(), client.rows(),
                session.options().flag("mouse"), client.paneNumbersShown());
        client.draw(update);
    }

    /** A paced frame fell due, or the client's output drained: draws it, unless it detached (or left) meanwhile. */
    void redraw(Client client) {
        if (client.isAttached()) render(client);
    }
}
