package dev.mux.server.layout;

/**
 * Growing and shrinking cells along one axis, the way tmux does it, so that a sequence of
 * operations leaves every pane with exactly the size tmux would give it.
 */
final class Sizing {
    /** The smallest a pane may be on either axis. */
    static final int PANE_MINIMUM = 1;
    /** The separator between two neighbouring cells. */
    static final int BORDER = 1;

    private Sizing() {
    }

    /** How much {@code cell} could shrink along {@code axis} without any pane going below the minimum. */
    static int spare(Cell<?> cell, Split axis) {
        if (cell.isLeaf()) {
            return Math.max(0, cell.size(axis) - PANE_MINIMUM);
        }
        if (cell.split == axis) {
            int total = 0;
            for (Cell<?> child : cell.children) {
                total += spare(child, axis);
            }
            return total;
        }
        int least = Integer.MAX_VALUE;
        for (Cell<?> child : cell.children) {
            least = Math.min(least, spare(child, axis));
        }
        return least;
    }

    /**
     * Changes {@code cell}'s size along {@code axis} by {@code change}, which the caller has bounded
     * by {@link #spare}. Children across the axis all change by the same amount; children along it
     * take or give one cell each in turn from the first, so repeated resizes stay even.
     */
    static void adjust(Cell<?> cell, Split axis, int change) {
        cell.setSize(axis, cell.size(axis) + change);
        if (cell.isLeaf()) {
            return;
        }
        if (cell.split != axis) {
            for (Cell<?> child : cell.children) {
                adjust(child, axis, change);
            }
            return;
        }
        while (change != 0) {
            int before = change;
            for (Cell<?> child : cell.children) {
                if (change == 0) {
                    break;
                }
                if (change > 0) {
                    adjust(child, axis, 1);
                    change--;
                } else if (spare(child, axis) > 0) {
                    adjust(child, axis, -1);
                    change++;
                }
            }
            if (change == before) {
                // Nothing could shrink: the caller asked for more than spare(); stop rather than spin.
                return;
            }
        }
    }

    /**
     * Makes the children of {@code parent} equal along its split (the last takes the remainder),
     * as tmux's layout_spread_cell; false when nothing changed or there is no room to.
     */
    static boolean spread(Cell<?> parent) {
        int count = parent.children.size();
        if (count <= 1) {
            return false;
        }
        Split axis = parent.split;
        int size = parent.size(axis);
        int each = (size - (count - 1) * BORDER) / count;
        if (size < count - 1 || each == 0) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < count; i++) {
            Cell<?> child = parent.children.get(i);
            int target = i == count - 1 ? size - (each + BORDER) * (count - 1) : each;
            int change = target - child.size(axis);
            adjust(child, axis, change);
            changed |= change != 0;
        }
        return changed;
    }

    /** Spreads the nearest enclosing split of {@code leaf} that {@link #spread} changes; false if none did. */
    static boolean spreadOut(Cell<?> leaf) {
        for (Cell<?> parent = leaf.parent; parent != null; parent = parent.parent) {
            if (spread(parent)) return true;
        }
        return false;
    }

    /**
     * The bottom or right part of a split of {@code whole} cells, the rest going to the top or left
     * part and a border: the new pane's {@code size} when it goes after the target, what is left
     * beside it when it goes before, or half for -1; clamped so both parts keep a cell. A size
     * larger than the whole before the target means "as large as possible", as in tmux's unsigned
     * arithmetic.
     */
    static int secondPart(int whole, int size, boolean before) {
        int second = size < 0 ? (whole + 1) / 2 - 1 : before ? whole - size - 1 : size;
        if (second < 0 || second > whole - 2) return whole - 2;
        return Math.max(second, PANE_MINIMUM);
    }
}
