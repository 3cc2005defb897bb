package dev.mux.server.tree;

import dev.mux.server.input.KeyReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list and tree shared by choose-tree, choose-buffer, choose-client and customize-mode, as
 * tmux's mode-tree: items built by a {@link TreeSource}, expanded or collapsed, one current line
 * scrolled into view, tags, a sort order, a filter, a search, and whether the preview is shown.
 * It knows no keys and draws nothing ({@link TreeKeys}, {@link TreeDrawing} do).
 */
public final class ModeTree {
    private final TreeSource source;
    private final List<String> sortOrders;
    private List<TreeItem> roots = List.of();
    private final List<TreeLine> lines = new ArrayList<>();
    private int sortIndex;
    private boolean reversed;
    private String filter;
    private String search;
    /** The filter matched nothing, so every item is shown and the preview's title says so. */
    private boolean noMatches;
    private boolean preview;
    private int width;
    private int rows;
    /** Rows of the list (the rest is the preview). */
    private int height;
    private int current;
    private int offset;

    /**
     * A tree over {@code source}, {@code columns} x {@code rows}: sorted by {@code sortOrder} (a
     * name of the source's orders, any case; null or unknown: its first), {@code reversed}, with
     * {@code filter} (null: none), the preview shown unless {@code noPreview}.
     */
    public ModeTree(TreeSource source, int columns, int rows, String sortOrder, boolean reversed, String filter,
                    boolean noPreview) {
        this.source = source;
        this.sortOrders = List.copyOf(source.sortOrders());
        for (int i = 0; i < sortOrders.size(); i++) {
            if (sortOrders.get(i).equalsIgnoreCase(sortOrder == null ? "" : sortOrder)) sortIndex = i;
        }
        this.reversed = reversed;
        this.filter = filter;
        this.preview = !noPreview;
        this.width = columns;
        this.rows = rows;
    }

    /** Builds the items again from the source, keeping the current item by its tag if it is still there. */
    public void build() {
        Object currentTag = lines.isEmpty() ? null : lines.get(current).item().tag();
        rebuild(currentTag);
    }

    /** Builds the items and makes the item with {@code tag} current (the first if it is not there). */
    public void build(Object tag) {
        rebuild(tag);
    }

    private void rebuild(Object currentTag) {
        Map<Object, TreeItem> before = new HashMap<>();
        collect(roots, before);
        TreeBuilder builder = new TreeBuilder(before);
        source.build(builder, sort(), filter);
        noMatches = builder.roots().isEmpty();
        if (noMatches) {
            builder = new TreeBuilder(before);
            source.build(builder, sort(), null);
        }
        roots = builder.roots();
        lines.clear();
        addLines(roots, 0);
        setCurrent(currentTag);
        height = preview ? listHeight() : rows;
        if (current > height - 1) offset = current - height + 1;
    }

    private static void collect(List<TreeItem> items, Map<Object, TreeItem> into) {
        for (TreeItem item : items) {
            into.put(item.tag(), item);
            collect(item.children(), into);
        }
    }

    private void addLines(List<TreeItem> items, int depth) {
        boolean flat = true;
        for (TreeItem item : items) {
            if (!item.children().isEmpty()) flat = false;
        }
        for (int i = 0; i < items.size(); i++) {
            TreeItem item = items.get(i);
            item.line = lines.size();
            lines.add(new TreeLine(item, depth, i == items.size() - 1, flat));
            if (item.expanded) addLines(item.children(), depth + 1);
            else unline(item.children());
        }
    }

    private static void unline(List<TreeItem> items) {
        for (TreeItem item : items) {
            item.line = -1;
            unline(item.children());
        }
    }

    /** tmux's split: two thirds for the list (half if the items are fewer), all of it when too small. */
    private int listHeight() {
        int list;
        int previewRows = source.previewRows(rows);
        if (previewRows >= 0) {
            list = previewRows < rows ? rows - previewRows : rows;
        } else {
            list = rows / 3 * 2;
            if (list > lines.size()) list = rows / 2;
        }
        if (list < 10 || rows - list < 2) list = rows;
        return list;
    }

    /** Makes the item with {@code tag} current; true if it is shown, else the first line is current. */
    public boolean setCurrent(Object tag) {
        for (TreeLine line : lines) {
            if (tag != null && line.item().tag().equals(tag)) {
                current = line.item().line;
                offset = current > height - 1 ? current - height + 1 : 0;
                return true;
            }
        }
        current = 0;
        offset = 0;
        return false;
    }

    /** Expands the item with {@code tag}, if it is shown and collapsed. */
    public void expand(Object tag) {
        for (TreeLine line : lines) {
            if (line.item().tag().equals(tag)) {
                if (!line.item().expanded) {
                    line.item().expanded = true;
                    build();
                }
                return;
            }
        }
    }

    public void resize(int columns, int newRows) {
        width = columns;
        rows = newRows;
        build();
    }

    public TreeSource source() {
        return source;
    }

    public Sort sort() {
        return new Sort(sortOrders.isEmpty() ? "" : sortOrders.get(sortIndex), reversed);
    }

    /** Whether the items are sorted at all (the preview's title names the order then). */
    public boolean sorted() {
        return !sortOrders.isEmpty();
    }

    public List<TreeLine> lines() {
        return lines;
    }

    /** The current item, or null in an empty tree. */
    public TreeItem current() {
        return lines.isEmpty() ? null : lines.get(current).item();
    }

    public int currentLine() {
        return current;
    }

    public int offset() {
        return offset;
    }

    public int width() {
        return width;
    }

    public int rows() {
        return rows;
    }

    /** The rows the list takes; the preview has the rest. */
    public int height() {
        return height;
    }

    public boolean previewShown() {
        return preview;
    }

    public String filter() {
        return filter;
    }

    public boolean noMatches() {
        return noMatches;
    }

    public void up(boolean wrap) {
        if (lines.isEmpty()) return;
        if (current == 0) {
            if (wrap) {
                current = lines.size() - 1;
                if (lines.size() >= height) offset = lines.size() - height;
            }
        } else {
            current--;
            if (current < offset) offset--;
        }
    }

    public void down(boolean wrap) {
        if (lines.isEmpty()) return;
        if (current == lines.size() - 1) {
            if (wrap) {
                current = 0;
                offset = 0;
            }
        } else {
            current++;
            if (current > offset + height - 1) offset++;
        }
    }

    public void pageUp() {
        for (int i = 0; i < height && current != 0; i++) up(true);
    }

    public void pageDown() {
        for (int i = 0; i < height && current != lines.size() - 1; i++) down(true);
    }

    public void first() {
        current = 0;
        offset = 0;
    }

    public void last() {
        current = Math.max(0, lines.size() - 1);
        offset = current > height - 1 ? current - height + 1 : 0;
    }

    /** Makes line {@code line} current (a click, a key chosen); false if there is no such line. */
    public boolean select(int line) {
        if (line < 0 || line >= lines.size()) return false;
        current = line;
        if (current < offset) offset = current;
        if (current > offset + height - 1) offset = current - height + 1;
        return true;
    }

    /**
     * Tags or untags the current item. A parent and its children are never tagged together:
     * tagging an item untags its ancestors and descendants.
     */
    public void toggleTag() {
        TreeItem item = current();
        if (item == null || item.noTag) return;
        if (item.tagged) {
            item.tagged = false;
            return;
        }
        for (TreeItem parent = item.parent(); parent != null; parent = parent.parent()) parent.tagged = false;
        untag(item.children());
        item.tagged = true;
    }

    private static void untag(List<TreeItem> items) {
        for (TreeItem item : items) {
            item.tagged = false;
            untag(item.children());
        }
    }

    /** Untags every item shown. */
    public void tagNone() {
        for (TreeLine line : lines) line.item().tagged = false;
    }

    /** Tags every item at the top (or under a heading that cannot be tagged), untagging the rest. */
    public void tagAll() {
        for (TreeLine line : lines) {
            TreeItem item = line.item();
            TreeItem parent = item.parent();
            item.tagged = (parent == null && !item.noTag) || (parent != null && parent.noTag);
        }
    }

    /** The tagged items shown, top to bottom. */
    public List<TreeItem> tagged() {
        List<TreeItem> tagged = new ArrayList<>();
        for (TreeLine line : lines) {
            if (line.item().tagged) tagged.add(line.item());
        }
        return tagged;
    }

    /** The tagged items, or the current one if none is tagged. */
    public List<TreeItem> taggedOrCurrent() {
        List<TreeItem> tagged = tagged();
        if (tagged.isEmpty() && current() != null) tagged.add(current());
        return tagged;
    }

    /** Collapses the current item, or if it is collapsed (or flat) its parent, making that current. */
    public void collapse() {
        TreeLine line = lines.isEmpty() ? null : lines.get(current);
        if (line == null) return;
        TreeItem item = line.item();
        if (line.flat() || !item.expanded) item = item.parent();
        if (item == null) {
            up(false);
            return;
        }
        item.expanded = false;
        current = item.line;
        build();
    }

    /** Expands the current item, or if it is expanded (or flat) moves down. */
    public void expandCurrent() {
        TreeLine line = lines.isEmpty() ? null : lines.get(current);
        if (line == null) return;
        if (line.flat() || line.item().expanded) {
            down(false);
        } else {
            line.item().expanded = true;
            build();
        }
    }

    /** Expands or collapses every item at the top. */
    public void expandAll(boolean expanded) {
        for (TreeItem item : roots) item.expanded = expanded;
        build();
    }

    /** The next sort order (the first after the last). */
    public void nextSortOrder() {
        if (!sortOrders.isEmpty()) sortIndex = (sortIndex + 1) % sortOrders.size();
        build();
    }

    public void reverse() {
        reversed = !reversed;
        build();
    }

    /** Sets the filter (empty or null: none) and builds again. */
    public void filter(String format) {
        filter = format == null || format.isEmpty() ? null : format;
        build();
    }

    public void togglePreview() {
        preview = !preview;
        build();
    }

    /**
     * Searches for {@code text} (empty or null: the last search) from the current item on,
     * forward or back, walking into collapsed items and expanding their parents to show a match.
     */
    public void search(String text, boolean forward) {
        if (text != null && !text.isEmpty()) search = text;
        if (search == null || lines.isEmpty()) return;
        List<TreeItem> all = new ArrayList<>();
        flatten(roots, all);
        TreeItem from = current();
        int start = all.indexOf(from);
        for (int step = 1; step < all.size(); step++) {
            int index = Math.floorMod(start + (forward ? step : -step), all.size());
            TreeItem item = all.get(index);
            if (!source.matches(item, search)) continue;
            for (TreeItem parent = item.parent(); parent != null; parent = parent.parent()) parent.expanded = true;
            build(item.tag());
            return;
        }
    }

    private static void flatten(List<TreeItem> items, List<TreeItem> into) {
        for (TreeItem item : items) {
            into.add(item);
            flatten(item.children(), into);
        }
    }

    /** The line whose key (one of the source's key names) is the key typed, {@code canonicalKey}; or -1. */
    public int lineForKey(String canonicalKey) {
        for (int i = 0; i < lines.size(); i++) {
            String name = source.keyName(lines.get(i).item(), i);
            if (name != null && canonicalKey.equals(KeyReader.canonical(name))) return i;
        }
        return -1;
    }
}
