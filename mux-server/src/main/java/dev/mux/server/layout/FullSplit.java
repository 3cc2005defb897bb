package dev.mux.server.layout;

/**
 * split-window -f: a new pane across the whole window (full height beside it with -h, full width
 * below or above it otherwise). What was there shrinks in proportion, each cell keeping its share,
 * as tmux 3.3a's layout_split_pane with its full-size flag and layout_resize_child_cells do.
 */
final class FullSplit {
    private FullSplit() {}

    /**
     * Puts {@code fresh} beside the whole of {@code root} along {@code split}, with {@code size} cells
     * (-1: half); returns the new root, whose cells' offsets the caller places.
     *
     * @throws LayoutException when the window's panes cannot all shrink enough
     */
    static <P> Cell<P> split(Cell<P> root, Cell<P> fresh, Split split, int size, boolean before) throws LayoutException {
        int whole = root.size(split);
        if (whole < 2 * Sizing.PANE_MINIMUM + Sizing.BORDER) throw new LayoutException("no space for new pane");
        int second = Sizing.secondPart(whole, size, before);
        int first = whole - Sizing.BORDER - second;
        int kept = before ? second : first;
        if (!fits(root, split, kept)) throw new LayoutException("no space for new pane");
        int added = whole - Sizing.BORDER - kept;
        fresh.columns = split == Split.LEFT_RIGHT ? added : root.columns;
        fresh.rows = split == Split.LEFT_RIGHT ? root.rows : added;
        if (root.split == split) {
            root.setSize(split, kept);
            shareOut(root);
            root.setSize(split, whole);
            root.add(before ? 0 : root.children.size(), fresh);
            return root;
        }
        Cell<P> node = Cell.container(split, root.columns, root.rows);
        root.setSize(split, kept);
        node.add(root);
        node.add(before ? 0 : 1, fresh);
        shareOut(root);
        return node;
    }

    /**
     * Gives {@code cell}'s children their part of its new size in proportion to what they had, the
     * last taking what is left (layout_resize_child_cells).
     */
    private static void shareOut(Cell<?> cell) {
        if (cell.isLeaf()) return;
        int count = cell.children.size();
        int previous = count - Sizing.BORDER;
        for (Cell<?> child : cell.children) previous += child.size(cell.split);
        int available = cell.size(cell.split);
        Split across = cell.split == Split.LEFT_RIGHT ? Split.TOP_BOTTOM : Split.LEFT_RIGHT;
        for (int index = 0; index < count; index++) {
            Cell<?> child = cell.children.get(index);
            child.setSize(across, cell.size(across));
            int share = share(previous, child, cell.split, cell.size(cell.split), count - index, available);
            child.setSize(cell.split, share);
            available -= share + Sizing.BORDER;
            shareOut(child);
        }
    }

    /** Whether {@code cell} can be made {@code size} cells along {@code axis} (layout_set_size_check). */
    private static boolean fits(Cell<?> cell, Split axis, int size) {
        if (cell.isLeaf()) return size >= Sizing.PANE_MINIMUM;
        if (cell.split != axis) {
            for (Cell<?> child : cell.children) {
                if (!child.isLeaf() && !fits(child, axis, size)) return false;
            }
            return true;
        }
        int count = cell.children.size();
        int available = size;
        if (available < count * 2 - 1) return false;
        for (int index = 0; index < count; index++) {
            Cell<?> child = cell.children.get(index);
            int share = share(cell.size(axis), child, axis, size, count - index, available);
            int needed = index == count - 1 ? share : share + Sizing.BORDER;
            if (needed > available) return false;
            available -= needed;
            if (!fits(child, axis, share)) return false;
        }
        return true;
    }

    /**
     * One child's part of {@code size} (layout_new_pane_size): in proportion to its part of
     * {@code previous}, leaving the children after it their minimum or what they cannot give up,
     * and all that is left for the last.
     */
    private static int share(int previous, Cell<?> child, Split axis, int size, int countLeft, int sizeLeft) {
        if (countLeft == 1) return sizeLeft;
        int minimum = (Sizing.PANE_MINIMUM + Sizing.BORDER) * (countLeft - 1);
        minimum = Math.max(minimum, child.size(axis) - Sizing.spare(child, axis));
        int wanted = (int) ((long) child.size(axis) * size / previous);
        // tmux's unsigned sum: with less left than the minimum there is no upper bound at all.
        if (minimum <= sizeLeft) wanted = Math.min(wanted, sizeLeft - minimum);
        return Math.max(wanted, Sizing.PANE_MINIMUM);
    }
}
