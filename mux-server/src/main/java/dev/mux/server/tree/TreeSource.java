package dev.mux.server.tree;

import dev.mux.server.mode.ModeCanvas;
import java.util.List;

/**
 * What a {@link ModeTree} shows: a chooser (choose-tree, choose-buffer, choose-client,
 * customize-mode) builds the items, draws the preview of one and may search its own way.
 */
public interface TreeSource {
    /** The orders {@code O} cycles through, the first the default; empty when the items are not sorted. */
    List<String> sortOrders();

    /**
     * Adds the items through {@code builder}, in {@code sort} order, only those {@code filter} (a
     * format) is true for, or all when it is null.
     */
    void build(TreeBuilder builder, Sort sort, String filter);

    /** Draws {@code item}'s preview on {@code area}, the inside of the preview's box. */
    void drawPreview(TreeItem item, ModeCanvas area);

    /** Whether {@code item} matches a search for {@code text}; by default, its name holds it. */
    default boolean matches(TreeItem item, String text) {
        return item.name().contains(text);
    }

    /**
     * The key that chooses the item on {@code line} (a key name), or null for none; by default as
     * tmux's: 0 to 9, then M-a to M-z.
     */
    default String keyName(TreeItem item, int line) {
        return DefaultKeys.forLine(line);
    }

    /**
     * How many rows the preview takes of a mode {@code rows} high, or -1 for the tree's own
     * choice (two thirds of the rows for the list).
     */
    default int previewRows(int rows) {
        return -1;
    }
}
