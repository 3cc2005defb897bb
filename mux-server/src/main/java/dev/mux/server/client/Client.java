package dev.mux.server.client;

import dev.mux.server.loop.ClientConnection;
import dev.mux.server.model.Session;

/**
 * The server's view of one connected client: whether it said hello, which command it sent, and,
 * once attached, its session, its terminal size and what it was last sent.
 */
public final class Client {
    private final ClientConnection connection;
    private boolean greeted;
    private boolean commandReceived;
    private Session session;
    private int columns;
    private int rows;
    private ClientView view;

    public Client(ClientConnection connection) {
        this.connection = connection;
    }

    public ClientConnection connection() {
        return connection;
    }

    public boolean isGreeted() {
        return greeted;
    }

    public void greeted() {
        greeted = true;
    }

    public boolean hasSentCommand() {
        return commandReceived;
    }

    public void commandReceived() {
        commandReceived = true;
    }

    public Session session() {
        return session;
    }

    public boolean isAttached() {
        return session != null;
    }

    public ClientView view() {
        return view;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public void attach(Session attachedTo, int newColumns, int newRows, ClientView newView) {
        session = attachedTo;
        columns = newColumns;
        rows = newRows;
        view = newView;
    }

    public void resize(int newColumns, int newRows) {
        columns = newColumns;
        rows = newRows;
        if (view != null) view.invalidate();
    }

    public void detach() {
        session = null;
        view = null;
    }
}
