package dev.mux.server.choose;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;
import dev.mux.server.options.Colours;
import dev.mux.server.term.Screen;
import dev.mux.server.term.Style;
import dev.mux.server.tree.Boxes;
import dev.mux.server.tree.RegionCanvas;
import java.util.List;

/**
 * choose-tree's preview of a session (its windows) or a window (its panes): side by side, each a
 * pane's screen shrunk to its tile with a label boxed in the middle (the current one in
 * display-panes-active-colour, the others in display-panes-colour), at most as many as leave each
 * 24 columns; {@code <} and {@code >} at the edges say there are more, which the offset scrolls to.
 */
final class TilePreview {
    /** Narrowest tile before fewer are shown. */
    private static final int TILE_COLUMNS = 24;
    /** Columns an arrow at an edge takes: the arrow, a space, a line. */
    private static final int ARROW_COLUMNS = 3;

    private TilePreview() {}

    /** Draws the windows of {@code session}; returns the offset as kept within what can scroll. */
    static int windows(RegionCanvas area, Session session, int offset) {
        List<Winlink> windows = session.winlinks();
        return draw(area, session, windows.size(), windows.indexOf(session.currentLink()), offset, false, (i, width) -> {
            Window window = windows.get(i).window();
            int index = windows.get(i).index();
            String label = " " + index + ":" + window.name() + " ";
            return new Tile(window.activePane().terminal().screen(), label.length() > width ? " " + index + " " : label);
        });
    }

    /** Draws the panes of {@code window}; returns the offset as kept within what can scroll. */
    static int panes(RegionCanvas area, Window window, int offset) {
        List<Pane> panes = window.panes();
        return draw(area, window.session(), panes.size(), panes.indexOf(window.activePane()), offset, true,
                (i, width) -> new Tile(panes.get(i).terminal().screen(), " " + i + " "));
    }

    private record Tile(Screen screen, String label) {}

    private interface Tiles {
        Tile tile(int index, int width);
    }

    /**
     * Draws {@code total} tiles; {@code labelOverWholeShare} centres each label over the tile's
     * whole share of the width rather than the tile less its line, as tmux does for panes.
     */
    private static int draw(RegionCanvas area, Session session, int total, int current, int offset,
                            boolean labelOverWholeShare, Tiles tiles) {
        int columns = area.columns();
        int rows = area.rows();
        if (total == 0) return offset;
        int visible = columns / total < TILE_COLUMNS ? Math.max(1, columns / TILE_COLUMNS) : total;
        int start;
        if (current < visible) start = 0;
        else if (current >= total - visible) start = total - visible;
        else start = current - visible / 2;
        int end = start + visible;
        offset = Math.max(offset, -start);
        offset = Math.min(offset, total - end);
        start += offset;
        end += offset;
        boolean left = start != 0;
        boolean right = end != total;
        if ((left && right && columns <= 2 * ARROW_COLUMNS) || ((left || right) && columns <= ARROW_COLUMNS)) {
            left = right = false;
        }
        int usable = columns - (left ? ARROW_COLUMNS : 0) - (right ? ARROW_COLUMNS : 0);
        int each = usable / visible;
        int remaining = usable - visible * each;
        if (each == 0) return offset;
        if (left) {
            Boxes.verticalLine(area, 2, 0, rows);
            area.putString(0, rows / 2, "<", Style.DEFAULT);
        }
        if (right) {
            Boxes.verticalLine(area, columns - ARROW_COLUMNS, 0, rows);
            area.putString(columns - 1, rows / 2, ">", Style.DEFAULT);
        }
        int colour = Colours.color(session.options().string("display-panes-colour"));
        int activeColour = Colours.color(session.options().string("display-panes-active-colour"));
        for (int index = start, i = 0; index < end; index++, i++) {
            int x = (left ? ARROW_COLUMNS : 0) + i * each;
            int width = index == end - 1 ? each + remaining : each - 1;
            Tile tile = tiles.tile(index, width);
            PanePreview.draw(new RegionCanvas(area, x, 0, width, rows), tile.screen());
            long style = Style.withForeground(Style.DEFAULT, index == current ? activeColour : colour);
            label(area, x, labelOverWholeShare ? each : width, rows, style, tile.label());
            if (index != end - 1) Boxes.verticalLine(area, x + width, 0, rows);
        }
        return offset;
    }

    /** The label in the middle of a tile, boxed when there is room around it. */
    private static void label(RegionCanvas area, int x, int width, int rows, long style, String label) {
        int length = label.length();
        if (width == 0 || rows == 1 || length > width) return;
        int ox = (width - length + 1) / 2;
        int oy = (rows + 1) / 2;
        if (ox > 1 && ox + length < width - 1 && rows >= 3) {
            Boxes.box(area, x + ox - 1, oy - 1, length + 2, 3);
        }
        area.putString(x + ox, oy, label, style);
    }
}
