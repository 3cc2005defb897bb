package dev.mux.server.choose;

import dev.mux.server.term.Screen;
import dev.mux.server.term.Style;
import dev.mux.server.tree.RegionCanvas;

/**
 * A pane's screen drawn into a smaller area, as tmux's previews: with the cursor shown, the part
 * around the cursor (it a third of the way in) and the cursor's cell reversed; without, the top left.
 */
final class PanePreview {
    private PanePreview() {}

    static void draw(RegionCanvas area, Screen screen) {
        int columns = area.columns();
        int rows = area.rows();
        boolean cursor = screen.modes().cursorVisible();
        int left = cursor ? origin(screen.cursorColumn(), columns, screen.columns()) : 0;
        int top = cursor ? origin(screen.cursorRow(), rows, screen.rows()) : 0;
        for (int row = 0; row < rows && top + row < screen.rows(); row++) {
            area.drawCells(row, screen.line(top + row), left);
        }
        if (!cursor) return;
        int column = screen.cursorColumn() - left;
        int row = screen.cursorRow() - top;
        long style = screen.line(screen.cursorRow()).style(Math.min(screen.cursorColumn(), screen.columns() - 1));
        area.restyle(column, row, Style.with(style, Style.REVERSE, true));
    }

    /** Where the area starts in one direction: the cursor a third of the way in, the area kept inside the screen. */
    private static int origin(int cursor, int size, int screenSize) {
        int start = cursor < size / 3 ? 0 : cursor - size / 3;
        if (start + size > screenSize) start = size > screenSize ? 0 : screenSize - size;
        return start;
    }
}
