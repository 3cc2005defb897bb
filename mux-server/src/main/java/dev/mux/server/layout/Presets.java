package dev.mux.server.layout;

import java.util.List;

/**
 * Builds the trees select-layout imposes, as tmux 3.3a's layout-set.c with default options. A
 * tree may come out larger than the window when there are too many panes to fit; the window
 * then grows to it, as in tmux.
 */
final class Presets {
    /** Cells one more pane needs along a split: its minimum size plus its border. */
    private static final int PER_PANE = Sizing.PANE_MINIMUM + Sizing.BORDER;

    private Presets() {
    }

    static <P> Cell<P> arrange(Preset preset, List<P> panes, int columns, int rows, int mainSize) {
        switch (preset) {
            case EVEN_HORIZONTAL:
                return even(Split.LEFT_RIGHT, panes, columns, rows);
            case EVEN_VERTICAL:
                return even(Split.TOP_BOTTOM, panes, columns, rows);
            case MAIN_HORIZONTAL:
                return main(Split.TOP_BOTTOM, panes, columns, rows, mainSize);
            case MAIN_VERTICAL:
                return main(Split.LEFT_RIGHT, panes, columns, rows, mainSize);
            default:
                return tiled(panes, columns, rows);
        }
    }

    /** All panes in one split, equal along it. */
    private static <P> Cell<P> even(Split split, List<P> panes, int columns, int rows) {
        int needed = panes.size() * PER_PANE - Sizing.BORDER;
        Cell<P> root = split == Split.LEFT_RIGHT
                ? Cell.container(split, Math.max(needed, columns), rows)
                : Cell.container(split, columns, Math.max(needed, rows));
        for (P pane : panes) {
            root.add(Cell.leaf(pane, columns, rows));
        }
        Sizing.spread(root);
        return root;
    }

    /**
     * The first pane across the top (main-horizontal, {@code stack} TOP_BOTTOM) or down the left
     * (main-vertical, LEFT_RIGHT) at {@code mainSize}, clipped to leave one cell for the others,
     * which share the rest evenly.
     */
    private static <P> Cell<P> main(Split stack, List<P> panes, int columns, int rows, int mainSize) {
        Split across = stack == Split.TOP_BOTTOM ? Split.LEFT_RIGHT : Split.TOP_BOTTOM;
        int others = panes.size() - 1;
        int available = (stack == Split.TOP_BOTTOM ? rows : columns) - Sizing.BORDER;
        int main = mainSize;
        int other;
        if (main + Sizing.PANE_MINIMUM >= available) {
            main = available <= 2 * Sizing.PANE_MINIMUM ? Sizing.PANE_MINIMUM : available - Sizing.PANE_MINIMUM;
            other = Sizing.PANE_MINIMUM;
        } else {
            other = available - main;
        }
        int breadth = Math.max(others * PER_PANE - Sizing.BORDER, stack == Split.TOP_BOTTOM ? columns : rows);

        Cell<P> root = sized(Cell.container(stack, 0, 0), stack, main + other + Sizing.BORDER, breadth);
        root.add(sized(Cell.leaf(panes.get(0), 0, 0), stack, main, breadth));
        if (others == 1) {
            root.add(sized(Cell.leaf(panes.get(1), 0, 0), stack, other, breadth));
            return root;
        }
        Cell<P> rest = sized(Cell.container(across, 0, 0), stack, other, breadth);
        for (P pane : panes.subList(1, panes.size())) {
            rest.add(sized(Cell.leaf(pane, 0, 0), stack, other, Sizing.PANE_MINIMUM));
        }
        root.add(rest);
        Sizing.spread(rest);
        return root;
    }

    /** Sets {@code cell} to {@code length} along {@code axis} and {@code breadth} across it. */
    private static <P> Cell<P> sized(Cell<P> cell, Split axis, int length, int breadth) {
        if (axis == Split.LEFT_RIGHT) {
            cell.setBounds(0, 0, length, breadth);
        } else {
            cell.setBounds(0, 0, breadth, length);
        }
        return cell;
    }

    /**
     * A grid, adding rows before columns until it holds every pane; each row is a left-right
     * split, and the last column of each row and the last row take what division leaves over.
     */
    private static <P> Cell<P> tiled(List<P> panes, int columns, int rows) {
        int count = panes.size();
        int gridRows = 1;
        int gridColumns = 1;
        while (gridRows * gridColumns < count) {
            gridRows++;
            if (gridRows * gridColumns < count) {
                gridColumns++;
            }
        }
        int width = Math.max(Sizing.PANE_MINIMUM, (columns - (gridColumns - 1)) / gridColumns);
        int height = Math.max(Sizing.PANE_MINIMUM, (rows - (gridRows - 1)) / gridRows);

        Cell<P> root = Cell.container(Split.TOP_BOTTOM,
                Math.max(gridColumns * (width + 1) - 1, columns), Math.max(gridRows * (height + 1) - 1, rows));
        int next = 0;
        for (int row = 0; row < gridRows && next < count; row++) {
            if (count - row * gridColumns == 1 || gridColumns == 1) {
                root.add(Cell.leaf(panes.get(next++), columns, height));
                continue;
            }
            Cell<P> line = Cell.container(Split.LEFT_RIGHT, columns, height);
            root.add(line);
            int used = -1;
            while (line.children.size() < gridColumns && next < count) {
                line.add(Cell.leaf(panes.get(next++), width, height));
                used += width + 1;
            }
            if (columns > used) {
                Sizing.adjust(line.children.get(line.children.size() - 1), Split.LEFT_RIGHT, columns - used);
            }
        }
        int usedRows = gridRows * height + gridRows - 1;
        if (rows > usedRows) {
            Sizing.adjust(root.children.get(root.children.size() - 1), Split.TOP_BOTTOM, rows - usedRows);
        }
        return root;
    }
}
