package dev.mux.server.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Collects the items of one build of a tree. An item whose tag was in the tree before keeps what it
 * was (expanded, tagged: the latter only while its parent is expanded, as tmux's); a new one starts
 * as the chooser says.
 */
public final class TreeBuilder {
    private final Map<Object, TreeItem> before;
    private final List<TreeItem> roots = new ArrayList<>();

    TreeBuilder(Map<Object, TreeItem> before) {
        this.before = before;
    }

    /**
     * Adds an item under {@code parent} (null: at the top), shown as {@code name} and
     * {@code text} (null for none), expanded if {@code expanded} unless it was there before.
     */
    public TreeItem add(TreeItem parent, Object tag, Object data, String name, String text, boolean expanded) {
        TreeItem item = new TreeItem(parent, tag, data, name, text);
        TreeItem old = before.get(tag);
        if (old != null) {
            if (parent == null || parent.expanded) item.tagged = old.tagged;
            item.expanded = old.expanded;
        } else {
            item.expanded = expanded;
        }
        if (parent == null) roots.add(item);
        else parent.add(item);
        return item;
    }

    /** Takes back an item added (a window none of whose panes passed the filter). */
    public void remove(TreeItem item) {
        if (item.parent() == null) roots.remove(item);
        else item.parent().remove(item);
    }

    List<TreeItem> roots() {
        return Collections.unmodifiableList(roots);
    }
}
