package dev.mux.server;

import dev.mux.protocol.Message;
import dev.mux.server.client.Client;
import dev.mux.server.client.ClientTty;
import dev.mux.server.client.ClientView;
import dev.mux.server.input.KeyBindings;
import dev.mux.server.input.KeyDispatcher;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.notify.Notifications;
import java.io.IOException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaching a client to a session: its view, its keys, and the terminal the server takes over from
 * it where it can.
 */
final class Attachments {
    private static final Logger LOG = LoggerFactory.getLogger(Attachments.class);

    private final ClientRegistry clients;
    private final ClientRenderer renderer;
    private final Sessions sessions;
    private final KeyBindings keyBindings;
    private final EventLoop loop;
    private final Notifications notifications;
    private final AlertChecks alerts;
    /** What a client's keys do once attached; the server wires it to the commands. */
    private final Function<Client, KeyDispatcher.Actions> keys;

    Attachments(ClientRegistry clients, ClientRenderer renderer, Sessions sessions, KeyBindings keyBindings,
                EventLoop loop, Notifications notifications, Function<Client, KeyDispatcher.Actions> keys,
                AlertChecks alerts) {
        this.alerts = alerts;
        this.notifications = notifications;
        this.clients = clients;
        this.renderer = renderer;
        this.sessions = sessions;
        this.keyBindings = keyBindings;
        this.loop = loop;
        this.keys = keys;
    }

    /**
     * Attaches {@code client} to {@code session} at the client's size, and draws it. A client
     * already attached elsewhere (new-session or attach-session from its keys) switches: its terminal
     * modes go back first, since the new view starts from them, and its old session refits.
     */
    void attach(Client client, Session session, int columns, int rows) {
        Session previous = client.session();
        if (previous != null) client.draw(client.view().release());
        ClientView view = new ClientView(new KeyDispatcher(keyBindings, keys.apply(client)), loop::schedule,
                System::nanoTime, () -> renderer.redraw(client));
        view.escapeTime(clients::escapeTime);
        client.attach(session, columns, rows, view);
        sessions.touch(session);
        clients.attachedNow(client);
        clients.fitToClients(session);
        if (previous != null && previous != session) clients.fitToClients(previous);
        if (previous == null) openTty(client);
        client.connection().send(new Message.Attached(session.name(), client.hasTty()));
        if (previous != session) {
            alerts.attached(session);
            notifications.clientSessionChanged(client);
        }
        clients.attachmentsChanged();
        renderer.render(client);
    }

    /**
     * Takes over the terminal the client offered, as tmux's server does: keys and frames then skip
     * the client. Where the server cannot open it (another user's terminal after su, another
     * namespace's), the socket carries them, as it does for a client that offered none.
     */
    private void openTty(Client client) {
        Message.TerminalDevice device = client.offeredTerminal();
        if (device == null) return;
        try {
            client.useTty(ClientTty.open(device, loop.selector(), new ClientTty.Listener() {
                @Override
                public void typed(byte[] bytes) {
                    if (!client.isAttached()) return;
                    client.view().typed(bytes);
                    clients.used(client);
                }

                @Override
                public void drained() {
                    renderer.redraw(client);
                }

                @Override
                public void hungUp() {
                    clients.lostTty(client);
                }
            }));
            LOG.info("client {}: keys and frames on {} itself", client.connection().id(), device.path());
        } catch (IOException e) {
            LOG.info("client {}: keys and frames go through its socket: {}", client.connection().id(), e.getMessage());
        }
    }
}
