package dev.mux.server.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The arrangement of a window's panes: a tree of splits, behaving as tmux 3.3a's layout does
 * (with pane-border-status off), so the same commands on the same window size give every pane
 * the same position and size as in tmux.
 *
 * <p>Panes are identified by {@code equals}; each pane may appear once. The window is never
 * smaller than the layout: when a resize or preset cannot fit every pane at its minimum size,
 * {@link #columns()} and {@link #rows()} grow to the layout's size, as tmux grows the window,
 * and the renderer clips to the real screen.
 */
public final class Layout<P> {
    /** tmux 3.3a's default main-pane-height, for main-horizontal. */
    public static final int MAIN_PANE_HEIGHT = 24;
    /** tmux 3.3a's default main-pane-width, for main-vertical. */
    public static final int MAIN_PANE_WIDTH = 80;
    /**
     * The widest window: larger requested sizes are clamped to it (tmux's WINDOW_MAXIMUM is 10000
     * both ways). Every cell of a window costs 12 bytes of heap, so tmux's bound would let one
     * {@code new -x 10000 -y 10000} take 1.2 GB; these still hold an 8K display in a 4-pixel font.
     */
    public static final int MAXIMUM_COLUMNS = 2000;
    /** The tallest window, as {@link #MAXIMUM_COLUMNS}: at most 24 MB of cells per window. */
    public static final int MAXIMUM_ROWS = 1000;

    private final Map<P, Cell<P>> leaves = new HashMap<>();
    private Cell<P> root;
    /**
     * {@link #panes()} and {@link #borderCells()} as last collected, or null after the layout
     * changed ({@link #changed()}): every render asks for them, and walking the tree into new lists
     * each time was a young collection every few hundred keys (and finding the border cells'
     * neighbours most of the time it took to paint a split window).
     */
    private List<P> panesInOrder;
    private List<BorderCell> borderCells;
    /** The border cells with a line across the window at {@link #lineRow}, or null. */
    private List<BorderCell> borderCellsWithLine;
    private int lineRow;

    /** A window of {@code columns} x {@code rows} cells filled by {@code first}. */
    public Layout(P first, int columns, int rows) {
        root = Cell.leaf(first, clampSize(columns, MAXIMUM_COLUMNS), clampSize(rows, MAXIMUM_ROWS));
        leaves.put(first, root);
    }

    public int columns() {
        return root.columns;
    }

    public int rows() {
        return root.rows;
    }

    /** The panes in tree order, which is also tmux's pane index order (a list that cannot be changed). */
    public List<P> panes() {
        if (panesInOrder == null) {
            List<P> panes = new ArrayList<>();
            for (Cell<P> leaf : leafCells()) {
                panes.add(leaf.pane);
            }
            panesInOrder = List.copyOf(panes);
        }
        return panesInOrder;
    }

    public boolean contains(P pane) {
        return leaves.containsKey(pane);
    }

    public Geometry geometry(P pane) {
        return leafOf(pane).geometry();
    }

    /**
     * Splits {@code target} in two, as split-window -h ({@link Split#LEFT_RIGHT}) or -v
     * ({@link Split#TOP_BOTTOM}), giving the new part to {@code added}: after the target, or
     * before it (-b). {@code size} is the new pane's cells along the split (-l), or -1 for half;
     * like tmux, a size that does not fit is clamped so both parts keep at least one cell.
     *
     * @throws LayoutException when the target is too small to hold two panes and a border
     */
    public void split(P target, P added, Split split, int size, boolean before) throws LayoutException {
        Cell<P> cell = leafOf(target);
        if (leaves.containsKey(added)) {
            throw new IllegalArgumentException("pane already in the layout: " + added);
        }
        int whole = cell.size(split);
        if (whole < 2 * Sizing.PANE_MINIMUM + Sizing.BORDER) {
            throw new LayoutException("no space for new pane");
        }
        int second = Sizing.secondPart(whole, size, before);
        int first = whole - Sizing.BORDER - second;

        Cell<P> fresh = Cell.leaf(added, cell.columns, cell.rows);
        Cell<P> parent = cell.parent;
        if (parent != null && parent.split == split) {
            parent.add(cell.index() + (before ? 0 : 1), fresh);
        } else {
            Cell<P> node = Cell.container(split, cell.columns, cell.rows);
            node.x = cell.x;
            node.y = cell.y;
            if (parent == null) {
                root = node;
            } else {
                cell.replaceWith(node);
            }
            node.add(cell);
            node.add(before ? 0 : 1, fresh);
        }
        Cell<P> leading = before ? fresh : cell;
        Cell<P> trailing = before ? cell : fresh;
        int x = cell.x;
        int y = cell.y;
        if (split == Split.LEFT_RIGHT) {
            leading.setBounds(x, y, first, cell.rows);
            trailing.setBounds(x + first + Sizing.BORDER, y, second, cell.rows);
        } else {
            leading.setBounds(x, y, cell.columns, first);
            trailing.setBounds(x, y + first + Sizing.BORDER, cell.columns, second);
        }
        leaves.put(added, fresh);
        changed();
    }

    /** split-window -f: as {@link #split}, but of the whole window, which {@code added} spans the full height or width of. */
    public void splitFull(P added, Split split, int size, boolean before) throws LayoutException {
        if (leaves.containsKey(added)) throw new IllegalArgumentException("pane already in the layout: " + added);
        Cell<P> fresh = Cell.leaf(added, 0, 0);
        root = FullSplit.split(root, fresh, split, size, before);
        leaves.put(added, fresh);
        placeAll();
        changed();
    }

    /**
     * Removes {@code pane}; its space and border go to the sibling before it (or after it, when it
     * was first), and a split left with one part collapses into that part.
     *
     * @throws IllegalStateException for the last pane: closing it closes the window instead
     */
    public void remove(P pane) {
        Cell<P> cell = leafOf(pane);
        if (cell.parent == null) {
            throw new IllegalStateException("the last pane is not removed from a layout: close the window");
        }
        leaves.remove(pane);
        removeCell(cell);
    }

    /**
     * join-pane within one window: splits {@code target} as {@link #split} does, then closes the
     * cell {@code pane} leaves, as tmux splits first and closes the old place after.
     */
    public void move(P pane, P target, Split split, int size, boolean before) throws LayoutException {
        Cell<P> old = leafOf(pane);
        leaves.remove(pane);
        try {
            split(target, pane, split, size, before);
        } catch (LayoutException e) {
            leaves.put(pane, old);
            throw e;
        }
        removeCell(old);
    }

    private void removeCell(Cell<P> cell) {
        Cell<P> parent = cell.parent;
        Cell<P> heir = cell.isFirst() ? cell.sibling(1) : cell.sibling(-1);
        Sizing.adjust(heir, parent.split, cell.size(parent.split) + Sizing.BORDER);
        parent.children.remove(cell);
        changed();

        if (parent.children.size() == 1) {
            Cell<P> only = parent.children.get(0);
            if (parent.parent == null) {
                only.parent = null;
                root = only;
            } else {
                parent.replaceWith(only);
            }
        }
        placeAll();
    }

    /**
     * The window became {@code columns} x {@code rows}: panes grow or shrink in turn, never below
     * one cell; what cannot shrink further leaves the layout larger than asked.
     */
    public void resize(int columns, int rows) {
        resizeAxis(Split.LEFT_RIGHT, clampSize(columns, MAXIMUM_COLUMNS));
        resizeAxis(Split.TOP_BOTTOM, clampSize(rows, MAXIMUM_ROWS));
        placeAll();
        changed();
    }

    private void resizeAxis(Split axis, int wanted) {
        int change = wanted - root.size(axis);
        int spare = Sizing.spare(root, axis);
        if (change < -spare) {
            change = -spare;
        }
        if (change != 0) {
            Sizing.adjust(root, axis, change);
        }
    }

    /**
     * resize-pane -L/-R/-U/-D: moves the nearest border along the direction's axis by up to
     * {@code amount} cells, taking the space from panes further along (or back) that can spare it.
     */
    public void resizePane(P pane, Direction direction, int amount) {
        if (amount > 0) {
            EdgeMover.move(leafOf(pane), direction.axis(), direction.sign() * amount);
            placeAll();
            changed();
        }
    }

    /**
     * The pane select-pane -L/-R/-U/-D moves to, wrapping round the window's edges: of the panes
     * touching that side, the one spanning {@code pane}'s centre line, else the first.
     */
    public Optional<P> neighbour(P pane, Direction direction) {
        Cell<P> from = leafOf(pane);
        return Neighbours.find(this, from, direction, Neighbours.centreLineFirst(from, direction));
    }

    /**
     * Like {@link #neighbour(Object, Direction)} but choosing as tmux does: among the touching
     * panes, the one with the highest {@code lastActive} (the first on ties).
     */
    public Optional<P> neighbour(P pane, Direction direction, ToLongFunction<P> lastActive) {
        return Neighbours.find(this, leafOf(pane), direction, Neighbours.mostRecent(lastActive));
    }

    /** swap-pane: {@code a} and {@code b} exchange positions and sizes (and so pane indexes). */
    public void swap(P a, P b) {
        Cell<P> cellA = leafOf(a);
        Cell<P> cellB = leafOf(b);
        cellA.pane = b;
        cellB.pane = a;
        leaves.put(a, cellB);
        leaves.put(b, cellA);
        changed();
    }

    /**
     * rotate-window: each pane takes the place of the one after it ({@code down}: before it), the
     * first going to the last place (the last to the first), as tmux rotates its list of panes.
     */
    public void rotate(boolean down) {
        List<Cell<P>> cells = leafCells();
        List<P> panes = new ArrayList<>();
        for (Cell<P> cell : cells) panes.add(cell.pane);
        int count = panes.size();
        for (int i = 0; i < count; i++) {
            P pane = panes.get(Math.floorMod(down ? i - 1 : i + 1, count));
            cells.get(i).pane = pane;
            leaves.put(pane, cells.get(i));
        }
        changed();
    }

    /** select-layout with tmux's default main pane sizes (main-pane-width 80, main-pane-height 24). */
    public void apply(Preset preset) {
        apply(preset, preset == Preset.MAIN_VERTICAL ? MAIN_PANE_WIDTH : MAIN_PANE_HEIGHT);
    }

    /**
     * select-layout: rebuilds the tree as {@code preset} arranges the current panes in order;
     * {@code mainSize} is the main pane's width (main-vertical) or height (main-horizontal).
     */
    public void apply(Preset preset, int mainSize) {
        if (leaves.size() <= 1) {
            return;
        }
        root = Presets.arrange(preset, panes(), root.columns, root.rows, mainSize);
        changed();
        placeAll();
        indexLeaves();
    }

    private void indexLeaves() {
        leaves.clear();
        for (Cell<P> leaf : leafCells()) leaves.put(leaf.pane, leaf);
    }

    /**
     * select-layout with a layout string: the tree it describes with the panes in its leaves in
     * order, at the string's size (which may differ from the window's).
     *
     * @throws LayoutException with tmux's message when the string is not a layout that fits the panes
     */
    public void restore(String layout) throws LayoutException {
        root = LayoutReader.read(layout, panes());
        placeAll();
        changed();
        indexLeaves();
    }

    /** select-layout -E: evens out the innermost split around {@code pane} that is not yet even (tmux's spread out). */
    public void spreadOut(P pane) {
        if (Sizing.spreadOut(leafOf(pane))) {
            placeAll();
            changed();
        }
    }

    /** The preset tmux's select-layout accepts {@code name} (or a unique prefix of it) for. */
    public static Optional<Preset> presetNamed(String name) {
        return Preset.named(name);
    }

    /** The cells of {@link #borders()}, each with its bordering neighbours (see {@link BorderCell}). */
    public List<BorderCell> borderCells() {
        if (borderCells == null) {
            borderCells = BorderCell.of(borders());
        }
        return borderCells;
    }

    /**
     * The border cells and a line across the whole window at {@code row}: pane-border-status's line
     * above the top panes or below the bottom ones; with {@code lineOnly}, that line alone (a zoomed pane).
     */
    public List<BorderCell> borderCellsWithLine(int row, boolean lineOnly) {
        if (lineOnly) return BorderCell.of(List.of(new Border(0, row, root.columns, false)));
        if (borderCellsWithLine == null || lineRow != row) {
            List<Border> borders = borders();
            borders.add(new Border(0, row, root.columns, false));
            borderCellsWithLine = BorderCell.of(borders);
            lineRow = row;
        }
        return borderCellsWithLine;
    }

    /** Every separator between two cells of a split, spanning the split's full extent. */
    public List<Border> borders() {
        return Border.within(root);
    }

    /**
     * tmux's #{window_layout}: checksum, then the tree as WxH,X,Y[,ID] with {children} for
     * left-right and [children] for top-bottom splits; {@code id} gives the pane's number (the N of %N).
     */
    public String describe(Function<P, Integer> id) {
        return LayoutString.describe(root, id);
    }

    List<Cell<P>> leafCells() {
        List<Cell<P>> cells = new ArrayList<>();
        root.collectLeaves(cells);
        return cells;
    }

    /** Forgets the panes and border cells collected before a change of the tree or of a size. */
    private void changed() {
        panesInOrder = null;
        borderCells = null;
        borderCellsWithLine = null;
    }

    private void placeAll() {
        root.x = 0;
        root.y = 0;
        root.placeChildren();
    }

    private Cell<P> leafOf(P pane) {
        Cell<P> cell = leaves.get(pane);
        if (cell == null) {
            throw new IllegalArgumentException("pane not in the layout: " + pane);
        }
        return cell;
    }

    private static int clampSize(int size, int maximum) {
        return Math.max(Sizing.PANE_MINIMUM, Math.min(maximum, size));
    }
}
