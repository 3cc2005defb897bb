package dev.mux.server.layout;

/**
 * resize-pane by a relative amount, as tmux's layout_resize_pane: find the nearest enclosing split
 * along the axis, then move the border after the pane's branch (or before it, for the last
 * branch), a step at a time, taking space from whichever siblings still have some to spare.
 */
final class EdgeMover {
    private EdgeMover() {
    }

    /** Positive {@code change} moves the border right/down, negative left/up. */
    static void move(Cell<?> leaf, Split axis, int change) {
        Cell<?> branch = leaf;
        while (branch.parent != null && branch.parent.split != axis) {
            branch = branch.parent;
        }
        if (branch.parent == null) {
            return;
        }
        if (branch.isLast()) {
            branch = branch.sibling(-1);
        }
        int needed = Math.abs(change);
        while (needed > 0) {
            int moved = change > 0 ? grow(branch, axis, needed) : shrink(branch, axis, needed);
            if (moved == 0) {
                return;
            }
            needed -= moved;
        }
    }

    /** Grows {@code cell} from the first later sibling with room, else the nearest earlier one. */
    private static int grow(Cell<?> cell, Split axis, int needed) {
        Cell<?> donor = firstWithSpare(cell, axis, 1);
        if (donor == null) {
            donor = firstWithSpare(cell, axis, -1);
        }
        if (donor == null) {
            return 0;
        }
        int size = Math.min(Sizing.spare(donor, axis), needed);
        Sizing.adjust(cell, axis, size);
        Sizing.adjust(donor, axis, -size);
        return size;
    }

    /** Shrinks {@code cell} (or the nearest earlier sibling with room) in favour of the next one. */
    private static int shrink(Cell<?> cell, Split axis, int needed) {
        Cell<?> donor = Sizing.spare(cell, axis) > 0 ? cell : firstWithSpare(cell, axis, -1);
        Cell<?> taker = cell.sibling(1);
        if (donor == null || taker == null) {
            return 0;
        }
        int size = Math.min(Sizing.spare(donor, axis), needed);
        Sizing.adjust(taker, axis, size);
        Sizing.adjust(donor, axis, -size);
        return size;
    }

    private static Cell<?> firstWithSpare(Cell<?> from, Split axis, int step) {
        for (Cell<?> sibling = from.sibling(step); sibling != null; sibling = sibling.sibling(step)) {
            if (Sizing.spare(sibling, axis) > 0) {
                return sibling;
            }
        }
        return null;
    }
}
