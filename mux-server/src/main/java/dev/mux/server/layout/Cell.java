package dev.mux.server.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the layout tree: either a leaf holding one pane, or a container whose children are
 * laid out along its {@link #split} with a one-cell border between neighbours. Every cell knows
 * its own size and offset, as tmux's layout_cell does, so sizes survive resizes that could not be
 * recomputed from proportions alone.
 */
final class Cell<P> {
    Cell<P> parent;
    P pane;
    Split split;
    final List<Cell<P>> children = new ArrayList<>();
    int x;
    int y;
    int columns;
    int rows;

    private Cell(P pane, Split split, int columns, int rows) {
        this.pane = pane;
        this.split = split;
        this.columns = columns;
        this.rows = rows;
    }

    static <P> Cell<P> leaf(P pane, int columns, int rows) {
        return new Cell<>(pane, null, columns, rows);
    }

    static <P> Cell<P> container(Split split, int columns, int rows) {
        return new Cell<>(null, split, columns, rows);
    }

    boolean isLeaf() {
        return split == null;
    }

    /** The cell's extent along {@code axis}: columns for LEFT_RIGHT, rows for TOP_BOTTOM. */
    int size(Split axis) {
        return axis == Split.LEFT_RIGHT ? columns : rows;
    }

    void setSize(Split axis, int size) {
        if (axis == Split.LEFT_RIGHT) {
            columns = size;
        } else {
            rows = size;
        }
    }

    void setBounds(int x, int y, int columns, int rows) {
        this.x = x;
        this.y = y;
        this.columns = columns;
        this.rows = rows;
    }

    void add(Cell<P> child) {
        add(children.size(), child);
    }

    void add(int index, Cell<P> child) {
        child.parent = this;
        children.add(index, child);
    }

    int index() {
        return parent.children.indexOf(this);
    }

    boolean isFirst() {
        return parent.children.get(0) == this;
    }

    boolean isLast() {
        return parent.children.get(parent.children.size() - 1) == this;
    }

    /** The sibling {@code step} places along (negative towards the first), or null. */
    Cell<P> sibling(int step) {
        int at = index() + step;
        return at >= 0 && at < parent.children.size() ? parent.children.get(at) : null;
    }

    /** Puts {@code other} where this cell is in its parent; the caller handles the root, which has none. */
    void replaceWith(Cell<P> other) {
        parent.children.set(index(), other);
        other.parent = parent;
    }

    /** Recomputes the offsets of all descendants from their sizes, keeping this cell's own. */
    void placeChildren() {
        int along = split == Split.LEFT_RIGHT ? x : y;
        for (Cell<P> child : children) {
            if (split == Split.LEFT_RIGHT) {
                child.x = along;
                child.y = y;
            } else {
                child.x = x;
                child.y = along;
            }
            child.placeChildren();
            along += child.size(split) + 1;
        }
    }

    void collectLeaves(List<Cell<P>> into) {
        if (isLeaf()) {
            into.add(this);
        }
        for (Cell<P> child : children) {
            child.collectLeaves(into);
        }
    }

    Geometry geometry() {
        return new Geometry(x, y, columns, rows);
    }
}
