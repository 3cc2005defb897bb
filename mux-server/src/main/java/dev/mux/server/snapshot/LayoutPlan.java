package dev.mux.server.snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * A window's layout read back from tmux's layout string ({@code #{window_layout}}:
 * {@code csum,WxH,X,Y} followed by a pane id, or by {@code {...}} for side-by-side children or
 * {@code [...]} for stacked ones), as the steps that rebuild it: each container is made by
 * splitting its first pane, the part split off each time holding the children still to come, so
 * every pane ends up with the size it had.
 *
 * @param columns   the cell's width
 * @param rows      the cell's height
 * @param paneId    the pane of a leaf, -1 for a container
 * @param sideBySide whether a container's children sit left to right (else top to bottom)
 * @param children  a container's cells in order
 */
public record LayoutPlan(int columns, int rows, int paneId, boolean sideBySide, List<LayoutPlan> children) {

    public boolean isLeaf() {
        return paneId >= 0;
    }

    /** The cell's extent along its parent's split. */
    public int size(boolean alongColumns) {
        return alongColumns ? columns : rows;
    }

    /** The first pane in the cell: the one a container is built from. */
    public int firstPane() {
        return isLeaf() ? paneId : children.get(0).firstPane();
    }

    /** Every pane id, in order. */
    public List<Integer> panes() {
        List<Integer> ids = new ArrayList<>();
        collect(ids);
        return ids;
    }

    private void collect(List<Integer> ids) {
        if (isLeaf()) {
            ids.add(paneId);
            return;
        }
        for (LayoutPlan child : children) child.collect(ids);
    }

    /** Reads a layout string; throws {@link IllegalArgumentException} with what is wrong. */
    public static LayoutPlan parse(String layout) {
        int comma = layout.indexOf(',');
        if (comma < 0) throw new IllegalArgumentException("bad layout: " + layout);
        Reader reader = new Reader(layout, comma + 1);
        LayoutPlan plan = reader.cell();
        if (reader.position != layout.length()) throw new IllegalArgumentException("bad layout: " + layout);
        return plan;
    }

    private static final class Reader {
        private final String text;
        private int position;

        Reader(String text, int position) {
            this.text = text;
            this.position = position;
        }

        LayoutPlan cell() {
            int columns = number();
            expect('x');
            int rows = number();
            expect(',');
            number();
            expect(',');
            number();
            char next = position < text.length() ? text.charAt(position) : 0;
            if (next == ',') {
                position++;
                return new LayoutPlan(columns, rows, number(), false, List.of());
            }
            if (next != '{' && next != '[') throw new IllegalArgumentException("bad layout at " + position);
            char close = next == '{' ? '}' : ']';
            position++;
            List<LayoutPlan> children = new ArrayList<>();
            children.add(cell());
            while (position < text.length() && text.charAt(position) == ',') {
                position++;
                children.add(cell());
            }
            expect(close);
            return new LayoutPlan(columns, rows, -1, next == '{', List.copyOf(children));
        }

        private int number() {
            int start = position;
            while (position < text.length() && Character.isDigit(text.charAt(position)) && position - start < 9) position++;
            if (start == position) throw new IllegalArgumentException("bad layout at " + position);
            return Integer.parseInt(text.substring(start, position));
        }

        private void expect(char wanted) {
            if (position >= text.length() || text.charAt(position) != wanted) {
                throw new IllegalArgumentException("bad layout at " + position);
            }
            position++;
        }
    }
}
