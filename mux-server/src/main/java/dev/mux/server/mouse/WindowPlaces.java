package dev.mux.server.mouse;

import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import java.util.List;

/**
 * What is at a cell of a window, as tmux's server_client_check_mouse tells a border from a pane:
 * a cell just right of or below a pane (unless a pane is zoomed) is that pane's border, checked
 * before the panes themselves; a cell inside a visible pane is that pane; anything else is nothing.
 */
public final class WindowPlaces {
    private WindowPlaces() {}

    /** The place at the window's cell {@code (column, row)} of {@code session}'s current window, or null. */
    public static MousePlace at(Session session, Window window, int column, int row) {
        if (window.zoomedPane() == null) {
            for (Pane pane : window.panes()) {
                Geometry at = window.geometry(pane);
                boolean right = at.x() + at.columns() == column && at.y() <= row + 1 && at.y() + at.rows() >= row;
                boolean below = at.y() + at.rows() == row && at.x() <= column + 1 && at.x() + at.columns() >= column;
                if (right || below) return new MousePlace(Where.BORDER, session, window, pane);
            }
        }
        Pane zoomed = window.zoomedPane();
        for (Pane pane : zoomed != null ? List.of(zoomed) : window.panes()) {
            Geometry at = window.geometry(pane);
            boolean inside = column >= at.x() && column < at.x() + at.columns() && row >= at.y() && row < at.y() + at.rows();
            if (inside) return new MousePlace(Where.PANE, session, window, pane);
        }
        return null;
    }
}
