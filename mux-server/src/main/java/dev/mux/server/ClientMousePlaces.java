package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.mouse.MouseKeys;
import dev.mux.server.mouse.MousePlace;
import dev.mux.server.mouse.Where;
import dev.mux.server.mouse.WindowPlaces;
import dev.mux.server.render.StatusLine;
import dev.mux.server.render.StatusPlacement;
import dev.mux.server.style.StyleRange;

/**
 * What is under a cell of an attached client's terminal, as tmux 3.3a finds it for a mouse key: on
 * the status line, the range the last composed line has there (a window of the list, the left or
 * right part, or none: StatusDefault), else the window's border or pane at that cell.
 */
final class ClientMousePlaces implements MouseKeys.Locator {
    private final Client client;

    ClientMousePlaces(Client client) {
        this.client = client;
    }

    @Override
    public MousePlace at(int x, int y) {
        if (!client.isAttached()) return null;
        Session session = client.session();
        Window current = session.currentWindow();
        StatusPlacement placement = StatusPlacement.of(session.options());
        int first = placement.firstRow(client.rows());
        if (placement.rows() > 0 && y >= first && y < first + placement.rows()) return onStatus(session, current, x, y - first);
        int row = y;
        if (placement.top() && placement.rows() > 0) {
            row = y - placement.rows();
        } else if (placement.rows() > 0 && y >= first) {
            row = first - 1;
        }
        return WindowPlaces.at(session, current, x, row);
    }

    private MousePlace onStatus(Session session, Window current, int x, int line) {
        StatusLine status = client.view().status().lastComposed();
        if (status == null || line >= status.rows().size()) return new MousePlace(Where.STATUS_DEFAULT, session, current, null);
        for (StyleRange range : status.ranges(line)) {
            if (!range.contains(x)) continue;
            return switch (range.type()) {
                case NONE -> null;
                case LEFT -> new MousePlace(Where.STATUS_LEFT, session, current, null);
                case RIGHT -> new MousePlace(Where.STATUS_RIGHT, session, current, null);
                case WINDOW -> session.windowAt(range.argument())
                        .map(window -> new MousePlace(Where.STATUS, session, window, null)).orElse(null);
            };
        }
        return new MousePlace(Where.STATUS_DEFAULT, session, current, null);
    }

    @Override
    public int windowTop() {
        return client.isAttached() ? StatusPlacement.of(client.session().options()).panesTop() : 0;
    }
}
