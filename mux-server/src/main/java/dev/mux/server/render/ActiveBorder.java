package dev.mux.server.render;

import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import java.util.List;

/**
 * Which border cells are drawn in pane-active-border-style: those on the active pane's border,
 * as tmux 3.3a's screen_redraw_pane_border decides. With pane-border-indicators colour (or both)
 * and exactly two panes side by side or one above the other, the one border between them is
 * shared: the first pane's half of it (up to its middle) is its own, the rest the second's.
 * With pane-border-status, tmux's other rules apply (see {@link #owns(Window, Geometry, int, int, boolean, PaneStatus)}).
 */
final class ActiveBorder {
    private ActiveBorder() {}

    /** True if window cell {@code (x, y)} is on the border of the pane at {@code pane}. */
    static boolean owns(Window window, Geometry pane, int x, int y, boolean split) {
        return owns(window, pane, x, y, split, PaneStatus.OFF);
    }

    /**
     * As {@link #owns(Window, Geometry, int, int, boolean)} with pane-border-status {@code status}:
     * then only the line on the side of the status (above or below the pane) counts as its top or
     * bottom border, and the shared border is never split.
     */
    static boolean owns(Window window, Geometry pane, int x, int y, boolean split, PaneStatus status) {
        int right = pane.x() + pane.columns();
        int bottom = pane.y() + pane.rows();
        if (x >= pane.x() && x < right && y >= pane.y() && y < bottom) return false;
        if (status != PaneStatus.OFF) return ownsWithStatus(pane, x, y, right, bottom, status);
        if (split && twoPanes(window, true)) {
            if (pane.x() == 0 && x == pane.columns() && y <= pane.rows() / 2) return true;
            if (pane.x() != 0 && x == pane.x() - 1 && y > pane.rows() / 2) return true;
        } else if ((pane.y() == 0 || y >= pane.y() - 1) && y <= bottom) {
            if (pane.x() != 0 && x == pane.x() - 1) return true;
            if (x == right) return true;
        }
        if (split && twoPanes(window, false)) {
            if (pane.y() == 0 && y == pane.rows() && x <= pane.columns() / 2) return true;
            return pane.y() != 0 && y == pane.y() - 1 && x > pane.columns() / 2;
        }
        if ((pane.x() == 0 || x >= pane.x() - 1) && x <= right) {
            if (pane.y() != 0 && y == pane.y() - 1) return true;
            return y == bottom;
        }
        return false;
    }

    private static boolean ownsWithStatus(Geometry pane, int x, int y, int right, int bottom, PaneStatus status) {
        if ((pane.y() == 0 || y >= pane.y() - 1) && y <= bottom) {
            if (pane.x() != 0 && x == pane.x() - 1) return true;
            if (x == right) return true;
        }
        if ((pane.x() == 0 || x >= pane.x() - 1) && x <= right) {
            return status == PaneStatus.TOP ? pane.y() != 0 && y == pane.y() - 1 : y == bottom;
        }
        return false;
    }

    /** Exactly two panes, the second to the right of the first ({@code sideBySide}) or below it. */
    private static boolean twoPanes(Window window, boolean sideBySide) {
        List<Pane> panes = window.panes();
        if (panes.size() != 2) return false;
        Geometry second = window.geometry(panes.get(1));
        return sideBySide ? second.x() != 0 : second.y() != 0;
    }
}
