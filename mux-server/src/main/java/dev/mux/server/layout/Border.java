package dev.mux.server.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A straight run of one-cell-wide separator between panes, starting at (x, y): downwards for
 * {@code vertical} (drawn │), rightwards otherwise (drawn ─). Where runs cross or touch, the
 * renderer draws the junction.
 */
public record Border(int x, int y, int length, boolean vertical) {
    /** The borders between the cells of every split under {@code cell}. */
    static List<Border> within(Cell<?> cell) {
        List<Border> borders = new ArrayList<>();
        collect(cell, borders);
        return borders;
    }

    private static void collect(Cell<?> cell, List<Border> into) {
        for (int i = 0; i < cell.children.size(); i++) {
            Cell<?> child = cell.children.get(i);
            if (i < cell.children.size() - 1) {
                if (cell.split == Split.LEFT_RIGHT) {
                    into.add(new Border(child.x + child.columns, cell.y, cell.rows, true));
                } else {
                    into.add(new Border(cell.x, child.y + child.rows, cell.columns, false));
                }
            }
            collect(child, into);
        }
    }
}
