package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.client.ClientFormat;
import dev.mux.server.format.FormatContext;
import dev.mux.server.format.FormatServer;
import dev.mux.server.format.Formats;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.loop.OnDemandTicker;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.outer.Feature;
import dev.mux.server.render.StatusComposer;
import dev.mux.server.render.StatusExpander;
import dev.mux.server.render.StatusLine;
import dev.mux.server.render.StatusPlacement;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * When attached clients are drawn: after each batch of loop events, when a client's output drains,
 * when a paced frame falls due, and when a session's status-interval has passed since its clients'
 * status lines were last drawn (checked by a tick that runs only while a client is attached).
 */
final class ClientRenderer {
    /** Output queued for a client above which rendering waits until it drains. */
    private static final long RENDER_BACKLOG_BYTES = 256 * 1024;
    /** How often the status-interval of each session is checked; the interval is whole seconds. */
    private static final long STATUS_TICK_MILLIS = 1000;

    private final ClientRegistry clients;
    private final EventLoop loop;
    private final FormatServer formats;
    private final OuterTerminals terminals;
    /** When each client's status line was last refreshed for its status-interval, in ms. */
    private final Map<Client, Long> refreshed = new HashMap<>();
    /** Ticks only while a client is attached to a session with a status-interval: an idle server sleeps. */
    private final OnDemandTicker statusTicker;

    ClientRenderer(ClientRegistry clients, EventLoop loop, FormatServer formats, OuterTerminals terminals) {
        this.clients = clients;
        this.terminals = terminals;
        this.loop = loop;
        this.formats = formats;
        this.statusTicker = new OnDemandTicker(loop, STATUS_TICK_MILLIS, this::statusShown, this::statusTick);
        loop.addBatchHook(this::renderAll);
    }

    private boolean statusShown() {
        for (Client client : clients.all()) {
            if (client.isAttached() && client.session().options().number("status-interval") > 0) return true;
        }
        refreshed.clear();
        return false;
    }

    /** What a format on the status line shows besides the model (the time, a program's name) moves on every status-interval. */
    private void statusTick() {
        long now = System.currentTimeMillis();
        refreshed.keySet().removeIf(client -> !client.isAttached());
        for (Client client : clients.all()) {
            if (!client.isAttached()) continue;
            int interval = client.session().options().number("status-interval");
            long last = refreshed.getOrDefault(client, 0L);
            if (interval > 0 && now - last >= interval * 1000L) {
                refreshed.put(client, now);
                client.view().status().refresh();
            }
        }
    }

    private void renderAll() {
        for (Client client : clients.all()) {
            if (client.isAttached()) render(client);
        }
        // An attach, or a status-interval set, comes in a batch like any command.
        statusTicker.wake();
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
        StatusPlacement placement = StatusPlacement.of(session.options());
        StatusComposer composer = client.view().status();
        // The client's formats, strftime first as tmux's status formats; expanded only when the line is drawn again.
        FormatContext context = FormatContext.of(formats).withClient(new ClientFormat(client));
        StatusExpander expander = new StatusExpander() {
            @Override
            public String expand(String template) {
                return Formats.expandWithTime(template, context);
            }

            @Override
            public String expandForPane(Pane shown, String template) {
                return Formats.expandWithTime(template, context.withPane(shown));
            }
        };
        int columns = client.columns();
        composer.keyTable(client.view().keys().table());
        StatusLine status = placement.rows() == 0 ? null : composer.compose(session, placement, columns, expander);
        if (client.prompt() != null) {
            status = composer.prompt(status, session.options(), client.prompt().display(), client.prompt().cursorCells(),
                    client.prompt().commandMode(), columns, expander);
        } else if (client.message() != null) {
            status = composer.message(status, session.options(), client.message(), columns, expander);
        }
        ClientTerminal terminal = terminals.of(client);
        // As tmux, a VT100-like terminal is asked once what it is; its replies may add features.
        if (terminal.vt100Like()) client.draw(client.view().askWhatTerminal());
        client.view().setTerminal(terminal);
        client.view().setFocusEvents(terminals.focusEvents());
        client.view().setExtendedKeys(terminals.extendedKeys());
        byte[] update = client.view().render(session, status, columns, client.rows(),
                session.options().flag("mouse"), client.paneNumbersShown(), expander);
        client.draw(update);
        if (session.options().flag("set-titles") && terminal.has(Feature.TITLE)) {
            setTitle(client, terminal, expander.expand(session.options().string("set-titles-string")));
        }
    }

    /**
     * set-titles: a client's terminal that can take a title (tsl and fsl, from its terminfo or the
     * title feature) gets set-titles-string, expanded for the client, between them, as tmux writes
     * it, whenever it reads differently from the title last sent.
     */
    private static void setTitle(Client client, ClientTerminal terminal, String title) {
        if (title.equals(client.title())) return;
        client.setTitle(title);
        String sequence = terminal.string("tsl") + title + terminal.string("fsl");
        client.draw(sequence.getBytes(StandardCharsets.UTF_8));
    }

    /** A paced frame fell due, or the client's output drained: draws it, unless it detached (or left) meanwhile. */
    void redraw(Client client) {
        if (client.isAttached()) render(client);
    }
}
