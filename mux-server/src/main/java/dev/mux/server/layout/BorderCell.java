package dev.mux.server.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell of a window's borders, and which of its four neighbours are border cells too: two
 * along its line for a straight piece, more where borders meet. The renderer picks the
 * line-drawing character from {@code neighbours}, a mask of {@link #UP}, {@link #DOWN},
 * {@link #LEFT} and {@link #RIGHT}.
 */
public record BorderCell(int x, int y, int neighbours) {
    public static final int UP = 1;
    public static final int DOWN = 2;
    public static final int LEFT = 4;
    public static final int RIGHT = 8;

    /** The cells of {@code borders}, in order, a cell where two cross once for each. */
    public static List<BorderCell> of(List<Border> borders) {
        Border[] all = borders.toArray(new Border[0]);
        List<BorderCell> cells = new ArrayList<>();
        for (Border border : all) {
            for (int i = 0; i < border.length(); i++) {
                int x = border.vertical() ? border.x() : border.x() + i;
                int y = border.vertical() ? border.y() + i : border.y();
                int neighbours = (has(all, x, y - 1) ? UP : 0) | (has(all, x, y + 1) ? DOWN : 0)
                        | (has(all, x - 1, y) ? LEFT : 0) | (has(all, x + 1, y) ? RIGHT : 0);
                cells.add(new BorderCell(x, y, neighbours));
            }
        }
        return List.copyOf(cells);
    }

    private static boolean has(Border[] borders, int x, int y) {
        for (Border border : borders) {
            boolean along = border.vertical()
                ? x == border.x() && y >= border.y() && y < border.y() + border.length()
                : y == border.y() && x >= border.x() && x < border.x() + border.length();
            if (along) return true;
        }
        return false;
    }
}
