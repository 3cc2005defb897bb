package dev.mux.server.render;

import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.term.Color;
import dev.mux.server.term.Style;
import java.util.List;

/**
 * display-panes: each pane's index in the middle of the pane, white on blue for the active pane and
 * on red for the others, as tmux's display-panes-active-colour and display-panes-colour.
 */
public final class PaneNumbers {
    static final long ACTIVE = Style.withBackground(Style.withForeground(Style.DEFAULT, Color.palette(7)), Color.palette(4));
    static final long OTHER = Style.withBackground(Style.withForeground(Style.DEFAULT, Color.palette(7)), Color.palette(1));

    private PaneNumbers() {}

    public static void draw(Window window, Frame frame) {
        List<Pane> panes = window.panes();
        for (int index = 0; index < panes.size(); index++) {
            Pane pane = panes.get(index);
            if (window.zoomedPane() != null && pane != window.zoomedPane()) continue;
            Geometry geometry = window.geometry(pane);
            String label = " " + index + " ";
            int column = geometry.x() + Math.max(0, (geometry.columns() - label.length()) / 2);
            int row = geometry.y() + geometry.rows() / 2;
            frame.putString(column, row, label, pane == window.activePane() ? ACTIVE : OTHER);
        }
    }
}
