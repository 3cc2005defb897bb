package dev.mux.server;

import dev.mux.protocol.Message;
import dev.mux.protocol.MessageCodec;
import dev.mux.server.client.Client;
import dev.mux.server.cmd.Clients;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.MessageLog;
import dev.mux.server.loop.ClientConnection;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.cmd.ControlSettings;
import dev.mux.server.control.ControlClients;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.notify.Notifications;
import dev.mux.server.model.Window;
import dev.mux.server.options.OptionStore;
import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.outer.Feature;
import dev.mux.server.render.StatusPlacement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The connected clients, in the order they connected: which are attached where, the size each
 * session takes from its clients, and the ways an attachment ends (detach, exit, suspend).
 */
final class ClientRegistry implements Clients {
    /** What tmux writes before the lock command: the alternate screen, cleared, scrollback too. */
    private static final byte[] HIDE_SCREEN = "\033[?1049h\033[H\033[2J\033[3J".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Map<ClientConnection, Client> clients = new LinkedHashMap<>();
    private final OptionStore options;
    private final Sessions sessions;
    private final EventLoop loop;
    private final Notifications notifications;
    private BiConsumer<Client, Session> switcher;
    private Runnable unattachedCheck;
    private ControlClients controls;
    private final MessageLog messages;
    private final LatestClients latest = new LatestClients();

    ClientRegistry(OptionStore options, Sessions sessions, EventLoop loop, Notifications notifications) {
        this.options = options;
        this.sessions = sessions;
        this.loop = loop;
        this.notifications = notifications;
        this.messages = new MessageLog(() -> options.server().number("message-limit"));
    }

    /**
     * tmux's server_client_update_latest: {@code client} typed or resized in its session's current
     * window; if it was not that window's latest client, it is now (which window-size latest sizes
     * the window by) and the client-active hook runs.
     */
    void used(Client client) {
        client.activity().typedNow();
        if (client.isControl() || !latest.used(client)) return;
        Window current = client.session().currentWindow();
        if (current.options().string("window-size").equals("latest")) fitToClients(client.session());
        notifications.clientActive(client);
    }

    /** A client attached to a session is its current window's latest client, with no hook, as tmux's attach. */
    void attachedNow(Client client) {
        if (!client.isControl()) latest.used(client);
    }

    /** The control clients, set once at start-up, which refresh-client reaches through here. */
    void controls(ControlClients controlClients) {
        controls = controlClients;
    }

    /** {@code client}'s control-mode settings, or null when it is not a control client. */
    ControlSettings controlSettings(Client client) {
        return controls == null ? null : controls.settings(client);
    }

    void add(ClientConnection connection, Client client) {
        clients.put(connection, client);
    }

    Client get(ClientConnection connection) {
        return clients.get(connection);
    }

    Client remove(ClientConnection connection) {
        return clients.remove(connection);
    }

    Sessions sessions() {
        return sessions;
    }

    Collection<Client> all() {
        return clients.values();
    }

    Collection<ClientConnection> connections() {
        return clients.keySet();
    }

    List<Client> attachedTo(Session session) {
        List<Client> attached = new ArrayList<>();
        for (Client client : clients.values()) {
            if (client.session() == session) attached.add(client);
        }
        return attached;
    }

    @Override
    public MessageLog messages() {
        return messages;
    }

    @Override
    public List<String> describe(Session only) {
        List<String> lines = new ArrayList<>();
        for (Client client : clients.values()) {
            if (client.isAttached() && (only == null || client.session() == only)) lines.add(client.name());
        }
        return lines;
    }

    @Override
    public boolean isAttached(Session session) {
        return !attachedTo(session).isEmpty();
    }

    @Override
    public void showMessage(Session session, String message) {
        for (Client attached : attachedTo(session)) showMessage(attached, message);
    }

    /**
     * Shows {@code text} in place of the client's status line for its session's display-time (0:
     * until the next message, as mux clears no message on a key).
     */
    void showMessage(Client client, String text) {
        showMessage(client, text, -1);
    }

    /** As {@link #showMessage(Client, String)}, for {@code delayMillis} when it is not negative (display-message -d). */
    void showMessage(Client client, String text, long delayMillis) {
        messages.add(client.name() + " message: " + text);
        client.showMessage(text);
        Session session = client.session();
        long displayTime = delayMillis >= 0 ? delayMillis
                : (session == null ? options.session() : session.options()).number("display-time");
        if (displayTime > 0) loop.schedule(displayTime, () -> client.clearMessage(text));
    }

    @Override
    public boolean redraw(Session session) {
        boolean any = false;
        for (Client client : clients.values()) {
            if (!client.isAttached() || (session != null && client.session() != session)) continue;
            client.resize(client.columns(), client.rows());
            any = true;
        }
        return any;
    }

    @Override
    public void detachAll(Session session) {
        for (Client attached : attachedTo(session)) detach(attached);
    }

    @Override
    public void detachAll(Session session, String command, boolean hangUp) {
        for (Client attached : attachedTo(session)) detach(attached, command, hangUp);
    }

    /**
     * detach-client -E: the client is detached and, instead of exiting, runs {@code command} in its
     * terminal and exits with its status; null, or a command too long for a message, only detaches,
     * with {@code hangUp} (-P) telling the client to send SIGHUP to its parent as it exits.
     */
    void detach(Client client, String command, boolean hangUp) {
        Message.Exec exec = command == null ? null : new Message.Exec(command);
        Session session = client.session();
        if (client.isControl() || exec == null && !hangUp || exec != null && !MessageCodec.fits(exec)) {
            detach(client);
            return;
        }
        if (exec == null) {
            if (client.connection().isOpen()) client.connection().send(new Message.HangUpParent());
            release(client, "[detached and SIGHUP (from session " + session.name() + ")]");
            fitToClients(session);
            return;
        }
        client.draw(client.view().release());
        client.detach();
        notifications.clientDetached(client);
        if (client.connection().isOpen()) {
            client.connection().send(exec);
            client.connection().closeAfterFlush();
        }
        fitToClients(session);
    }

    void detach(Client client) {
        Session session = client.session();
        release(client, "[detached (from session " + session.name() + ")]");
        fitToClients(session);
    }

    /** Ends an attached client's attachment: its terminal modes go back, then it is told why. */
    void release(Client client, String message) {
        client.draw(client.view().release());
        client.detach();
        notifications.clientDetached(client);
        client.finish(0, message);
        attachmentsChanged();
    }

    @Override
    public void sessionEnded(Session session) {
        releaseAll(session);
    }

    /**
     * A control client too far behind: the output it has not taken is dropped so that it holds no
     * more memory, it is detached, and its exit says why (tmux's "%exit too far behind").
     */
    void dropControl(Client client, String reason) {
        Session session = client.session();
        client.connection().dropQueued();
        if (session != null) {
            client.detach();
            notifications.clientDetached(client);
            fitToClients(session);
            attachmentsChanged();
        }
        client.finishControl(1, reason);
    }

    /**
     * The clients of a session that ended: as detach-on-destroy says, as tmux 3.3a's
     * server_destroy_session, they end as when its last shell exits ({@code on}), or move to the
     * other session used least recently ({@code off}), or to such a one with no client
     * ({@code no-detached}); with none to move to, or for a control client, they end.
     */
    void releaseAll(Session gone) {
        Session next = switcher == null ? null : nextSession(gone);
        for (Client attached : attachedTo(gone)) {
            if (next != null && !attached.isControl()) {
                switcher.accept(attached, next);
            } else {
                release(attached, "[exited]");
            }
        }
    }

    /** Where clients of {@code session} go when it ends (detach-on-destroy), or null. */
    private Session nextSession(Session gone) {
        String mode = gone.options().string("detach-on-destroy");
        if (mode.equals("on")) return null;
        Session next = null;
        for (Session candidate : sessions.all()) {
            if (candidate == gone || (mode.equals("no-detached") && isAttached(candidate))) continue;
            if (next == null || candidate.lastUsed() < next.lastUsed()) next = candidate;
        }
        return next;
    }

    /** How a client moves to another session when its own ends (the server's attachments). */
    void switcher(BiConsumer<Client, Session> attach) {
        switcher = attach;
    }

    /** How long an Escape from a client waits for the rest of its key: the server's escape-time. */
    long escapeTime() {
        return options.server().number("escape-time");
    }

    /** What runs once a client attached, switched, detached or went (destroy-unattached). */
    void unattachedCheck(Runnable check) {
        unattachedCheck = check;
    }

    /**
     * A client attached, switched, detached or went: as tmux checks after each of these, sessions
     * left with no client are looked at, once the work at hand (a kill in progress) is over.
     */
    void attachmentsChanged() {
        if (unattachedCheck != null) loop.post(unattachedCheck);
    }

    /**
     * lock-client: as tmux's server_lock_client, the client's terminal modes go back, its screen is
     * hidden (the alternate screen, cleared), and it runs the session's lock-command there; until
     * it resumes it is not drawn, as a suspended client. A control client, an empty lock-command or
     * one too long for a message locks nothing.
     */
    void lock(Client client) {
        if (!client.isAttached() || client.isControl() || client.isSuspended()) return;
        Message.Lock lock = new Message.Lock(client.session().options().string("lock-command"));
        if (lock.command().isEmpty() || !MessageCodec.fits(lock)) return;
        client.draw(client.view().release());
        client.draw(HIDE_SCREEN);
        client.connection().send(lock);
        client.suspend();
        fitToClients(client.session());
    }

    /** set-buffer -w, load-buffer -w: {@code text} to the client's terminal's clipboard, if it can take it. */
    void setClipboard(Client client, String text) {
        if (!client.isAttached() || !client.isShowing()) return;
        // An attached client that shows its session was drawn, which learnt its terminal.
        ClientTerminal terminal = client.terminal();
        if (terminal != null && terminal.has(Feature.CLIPBOARD)) client.draw(Clipboard.osc52(text));
    }

    @Override
    public void lock(Session only) {
        for (Client client : List.copyOf(clients.values())) {
            if (client.isAttached() && (only == null || client.session() == only)) lock(client);
        }
    }

    /**
     * suspend-client: the client's terminal modes go back as on detach, then it is told to stop
     * itself. Until it resumes nothing is drawn for it, so a stopped client costs no backlog.
     */
    void suspend(Client client) throws CommandException {
        if (client == null || !client.isAttached()) throw new CommandException("no client to suspend");
        if (client.isSuspended()) return;
        client.draw(client.view().release());
        client.connection().send(new Message.Suspend());
        client.suspend();
        fitToClients(client.session());
    }

    /** The client's terminal went away under the server (tmux's "[lost tty]"). */
    void lostTty(Client client) {
        Session session = client.session();
        if (session == null) return;
        client.detach();
        notifications.clientDetached(client);
        client.finish(1, "[lost tty]");
        fitToClients(session);
        attachmentsChanged();
    }

    /**
     * The session takes the size of one of its clients, as tmux's window-size option says: the
     * client attached last (latest, the default), or the smallest or largest; so does its current
     * window, as tmux sizes windows lazily (a control client that sized windows one by one sizes
     * them all, but those with aggressive-resize on that are not the current one).
     */
    void fitToClients(Session session) {
        // A loop rather than a stream over a list: every render comes here.
        Window current = session.currentWindow();
        String windowSize = (current == null ? options.window() : current.options()).string("window-size");
        Client chosen = null;
        for (Client client : clients.values()) {
            if (client.session() != session || !client.countsForSize()) continue;
            if (chosen == null || switch (windowSize) {
                case "smallest" -> area(client) < area(chosen);
                case "largest" -> area(client) > area(chosen);
                case "latest" -> current != null && latest.of(current) == client;
                default -> true;
            }) {
                chosen = client;
            }
        }
        if (chosen == null) return;
        // A control client's size is the windows' own: it has no status line to draw.
        int status = chosen.isControl() ? 0 : statusRows(session);
        int columns = chosen.columns();
        int rows = Math.max(1, chosen.rows() - status);
        session.resize(columns, rows);
        if (!chosen.sizesWindows()) {
            // Only the current window takes the size, as in tmux: a window selected since catches up here.
            // A window also in other sessions is sized by its latest client's session alone, so the two do not take turns.
            if (current != null && Session.followsClients(current, current)
                    && (current.links().size() < 2 || latest.of(current) == null || latest.of(current) == chosen)) {
                sessions.resizeWindow(current, columns, rows);
            }
            return;
        }
        for (Window window : session.windows()) {
            if (!Session.followsClients(window, current)) continue;
            int[] own = chosen.windowSize(window.id());
            sessions.resizeWindow(window, own == null ? columns : own[0], own == null ? rows : own[1]);
        }
    }

    private static int area(Client client) {
        return client.columns() * client.rows();
    }

    /** The rows the status line takes on the session's clients (option status). */
    int statusRows(Session session) {
        return StatusPlacement.of(session.options()).rows();
    }
}
