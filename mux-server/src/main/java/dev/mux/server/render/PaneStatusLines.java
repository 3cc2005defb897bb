package dev.mux.server.render;

import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.style.CellRow;
import dev.mux.server.style.FormatDraw;
import dev.mux.server.term.Line;
import java.util.List;

/**
 * pane-border-status: each shown pane's pane-border-format, expanded for the pane, drawn on the
 * border line above (top) or below (bottom) it from its third column to four columns short of its
 * width, as tmux's screen_redraw_make_pane_status: over the border's own characters, all in
 * pane-active-border-style for the client's active pane and pane-border-style for the others.
 */
final class PaneStatusLines {
    private PaneStatusLines() {}

    static void draw(Frame frame, Window window, int top, PaneStatus status, long border, long activeBorder,
                     StatusExpander expander) {
        List<Pane> panes = window.zoomedPane() != null ? List.of(window.zoomedPane()) : window.panes();
        for (Pane pane : panes) {
            Geometry geometry = window.geometry(pane);
            int width = geometry.columns() < 4 ? 0 : geometry.columns() - 4;
            if (width == 0) continue;
            int row = top + (status == PaneStatus.TOP ? geometry.y() - 1 : geometry.y() + geometry.rows());
            int left = geometry.x() + 2;
            long style = pane == window.activePane() ? activeBorder : border;
            CellRow line = new CellRow(width, style);
            for (int i = 0; i < width; i++) {
                line.moveTo(i);
                line.write(frame.codePoint(left + i, row), 1, style);
            }
            line.moveTo(0);
            String expanded = expander.expandForPane(pane, pane.options().string("pane-border-format"));
            FormatDraw.draw(line, style, width, expanded, false, false);
            for (int i = 0; i < width; i++) {
                int codePoint = line.codePoint(i);
                if (codePoint != Line.WIDE_CONTINUATION) frame.put(left + i, row, codePoint, line.style(i));
            }
        }
    }
}
