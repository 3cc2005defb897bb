package dev.mux.server.overlay;

import dev.mux.server.render.Frame;
import dev.mux.server.term.Style;
import java.util.List;

/**
 * A menu drawn as tmux 3.3a's screen_write_menu: a box of single lines in the default style with
 * the title over its top line, a separator as a line across with tees at the ends, each item's
 * text two cells in, the chosen one on a row of its style and a disabled one dim.
 */
final class MenuDrawing {
    private MenuDrawing() {}

    static void draw(Frame frame, int left, int top, int width, String title, List<MenuItem> items, int choice,
                     long chosenStyle) {
        int boxWidth = width + 4;
        int boxHeight = items.size() + 2;
        frame.fill(left, top, boxWidth, boxHeight, ' ', Style.DEFAULT);
        line(frame, left, top, boxWidth, '┌', '┐');
        line(frame, left, top + boxHeight - 1, boxWidth, '└', '┘');
        for (int row = 1; row < boxHeight - 1; row++) {
            frame.put(left, top + row, '│', Style.DEFAULT);
            frame.put(left + boxWidth - 1, top + row, '│', Style.DEFAULT);
        }
        if (!title.isEmpty()) FrameText.draw(frame, left + 2, top, width, title, Style.DEFAULT, false);
        for (int i = 0; i < items.size(); i++) {
            MenuItem item = items.get(i);
            int row = top + 1 + i;
            if (item.name() == null) {
                line(frame, left, row, boxWidth, '├', '┤');
                continue;
            }
            boolean chosen = i == choice && item.selectable();
            long base = chosen ? chosenStyle : Style.DEFAULT;
            frame.fill(left + 2, row, width, 1, ' ', base);
            if (item.name().startsWith("-")) {
                FrameText.draw(frame, left + 2, row, width, item.name().substring(1), Style.with(base, Style.DIM, true), false);
            } else {
                FrameText.draw(frame, left + 2, row, width, item.name(), base, chosen);
            }
        }
        frame.setCursor(frame.cursorColumn(), frame.cursorRow(), false);
    }

    private static void line(Frame frame, int left, int row, int width, int first, int last) {
        frame.put(left, row, first, Style.DEFAULT);
        for (int column = left + 1; column < left + width - 1; column++) frame.put(column, row, '─', Style.DEFAULT);
        frame.put(left + width - 1, row, last, Style.DEFAULT);
    }
}
