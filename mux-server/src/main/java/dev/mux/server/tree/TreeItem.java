package dev.mux.server.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One item of a {@link ModeTree}: a session, a window, a buffer... Its {@code tag} names the thing
 * it stands for across rebuilds (a tree is built again after each change), so what was expanded,
 * tagged and current stays so. {@code data} is the chooser's own reference to the thing.
 */
public final class TreeItem {
    private final TreeItem parent;
    private final Object tag;
    private final Object data;
    private final String name;
    /** What the item's format printed, drawn after its name; null for none. */
    private final String text;
    private final List<TreeItem> children = new ArrayList<>();
    boolean expanded;
    boolean tagged;
    /** The item cannot be tagged (customize-mode's headings). */
    boolean noTag;
    /** Its line in the tree as last built, or -1 when it is under a collapsed item. */
    int line = -1;

    TreeItem(TreeItem parent, Object tag, Object data, String name, String text) {
        this.parent = parent;
        this.tag = tag;
        this.data = data;
        this.name = name;
        this.text = text;
    }

    public TreeItem parent() {
        return parent;
    }

    public Object tag() {
        return tag;
    }

    public Object data() {
        return data;
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public boolean tagged() {
        return tagged;
    }

    public boolean expanded() {
        return expanded;
    }

    public List<TreeItem> children() {
        return Collections.unmodifiableList(children);
    }

    /** Marks the item as one that cannot be tagged. */
    public void noTag() {
        noTag = true;
    }

    void add(TreeItem child) {
        children.add(child);
    }

    boolean remove(TreeItem child) {
        return children.remove(child);
    }
}
