package dev.mux.server.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a layout string (as #{window_layout} prints it) back into a tree of empty cells, for
 * select-layout with a custom layout or -o. As tmux reads it: the checksum must match, a leaf's
 * pane number is optional and ignored (panes fill the leaves in order), offsets are recomputed,
 * cells beyond the window's pane count are closed from the bottom right, and every container's
 * children must exactly fill it.
 */
final class LayoutReader {
    private final String text;
    private int position;

    private LayoutReader(String text, int position) {
        this.text = text;
        this.position = position;
    }

    /**
     * The tree {@code layout} describes, cut down to as many leaves as {@code panes}, which fill them in order.
     *
     * @throws LayoutException with tmux's reason: the string is not a layout, it has too few
     *                         cells, or its sizes do not add up
     */
    static <P> Cell<P> read(String layout, List<P> panes) throws LayoutException {
        int comma = layout.indexOf(',');
        if (comma != 4 || !isHex(layout.substring(0, comma))) {
            throw new LayoutException("invalid layout");
        }
        String body = layout.substring(comma + 1);
        if (Integer.parseInt(layout.substring(0, comma), 16) != LayoutString.checksum(body)) {
            throw new LayoutException("invalid layout");
        }
        LayoutReader reader = new LayoutReader(body, 0);
        Cell<P> root = reader.cell();
        if (root == null || reader.position != body.length()) throw new LayoutException("invalid layout");
        int cells = countLeaves(root);
        if (panes.size() > cells) throw new LayoutException("have " + panes.size() + " panes but need " + cells);
        for (; cells > panes.size(); cells--) root = closeBottomRight(root);
        fixRootSize(root);
        if (!fits(root) || root.columns > Layout.MAXIMUM_COLUMNS || root.rows > Layout.MAXIMUM_ROWS) {
            throw new LayoutException("size mismatch after applying layout");
        }
        List<Cell<P>> leaves = new ArrayList<>();
        root.collectLeaves(leaves);
        for (int i = 0; i < leaves.size(); i++) leaves.get(i).pane = panes.get(i);
        return root;
    }

    /** One cell: {@code WxH,X,Y}, then a pane number, or children in {} (side by side) or [] (stacked). */
    private <P> Cell<P> cell() {
        int columns = number();
        if (columns < 0 || !skip('x')) return null;
        int rows = number();
        if (rows < 0 || !skip(',') || number() < 0 || !skip(',') || number() < 0) return null;
        if (columns < Sizing.PANE_MINIMUM || rows < Sizing.PANE_MINIMUM) return null;
        if (peek() == ',' && isPaneNumber()) {
            position++;
            number();
        }
        char next = peek();
        if (next != '{' && next != '[') return next == ',' || next == '}' || next == ']' || next == 0
                ? Cell.leaf(null, columns, rows) : null;
        Cell<P> container = Cell.container(next == '{' ? Split.LEFT_RIGHT : Split.TOP_BOTTOM, columns, rows);
        do {
            position++;
            Cell<P> child = cell();
            if (child == null) return null;
            container.add(child);
        } while (peek() == ',');
        if (!skip(next == '{' ? '}' : ']')) return null;
        return container;
    }

    /** After {@code ,}: digits not followed by {@code x} are a pane number, else the next cell starts. */
    private boolean isPaneNumber() {
        int at = position + 1;
        while (at < text.length() && Character.isDigit(text.charAt(at))) at++;
        return at == text.length() || text.charAt(at) != 'x';
    }

    private int number() {
        int start = position;
        while (position < text.length() && Character.isDigit(text.charAt(position))) position++;
        if (position == start || position - start > 9) return -1;
        return Integer.parseInt(text, start, position, 10);
    }

    private boolean skip(char wanted) {
        if (peek() != wanted) return false;
        position++;
        return true;
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : 0;
    }

    private static boolean isHex(String digits) {
        return digits.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static int countLeaves(Cell<?> cell) {
        if (cell.isLeaf()) return 1;
        int count = 0;
        for (Cell<?> child : cell.children) count += countLeaves(child);
        return count;
    }

    /** Closes the last leaf, its space going to the sibling before it, as closing a pane does; returns the root. */
    private static <P> Cell<P> closeBottomRight(Cell<P> root) {
        Cell<P> last = root;
        while (!last.isLeaf()) last = last.children.get(last.children.size() - 1);
        Cell<P> parent = last.parent;
        Cell<P> heir = last.isFirst() ? last.sibling(1) : last.sibling(-1);
        Sizing.adjust(heir, parent.split, last.size(parent.split) + Sizing.BORDER);
        parent.children.remove(last);
        if (parent.children.size() > 1) return root;
        Cell<P> only = parent.children.get(0);
        if (parent.parent == null) {
            only.parent = null;
            return only;
        }
        parent.replaceWith(only);
        return root;
    }

    /** A root whose size disagrees with its children's takes theirs, as tmux mends layouts older versions wrote. */
    private static void fixRootSize(Cell<?> root) {
        if (root.isLeaf()) return;
        int along = -Sizing.BORDER;
        for (Cell<?> child : root.children) along += child.size(root.split) + Sizing.BORDER;
        Cell<?> last = root.children.get(root.children.size() - 1);
        if (root.split == Split.LEFT_RIGHT) {
            root.columns = along;
            root.rows = last.rows;
        } else {
            root.rows = along;
            root.columns = last.columns;
        }
    }

    /** Whether every container's children fill it exactly, borders included, and match it across. */
    private static boolean fits(Cell<?> cell) {
        if (cell.isLeaf()) return true;
        Split across = cell.split == Split.LEFT_RIGHT ? Split.TOP_BOTTOM : Split.LEFT_RIGHT;
        int along = -Sizing.BORDER;
        for (Cell<?> child : cell.children) {
            if (child.size(across) != cell.size(across) || !fits(child)) return false;
            along += child.size(cell.split) + Sizing.BORDER;
        }
        return along == cell.size(cell.split);
    }
}
