package dev.mux.server.tree;

/**
 * A mode built on a {@link ModeTree}: its items (as a {@link TreeSource}), what Enter runs for an
 * item, and the keys of its own beside the tree's.
 */
public interface Chooser extends TreeSource {
    /** What {@code %%} stands for in the command run for {@code item} (a target), or null to run nothing. */
    String target(TreeItem item);

    /**
     * Enter (or an item's key) on {@code item}: true if the chooser dealt with it itself and the
     * mode stays (customize-mode edits the item); false to leave and run the template for it.
     */
    default boolean chosen(TreeItem item, TreeMode mode) {
        return false;
    }

    /** A key the tree does not take, typed while {@code mode} is on; false if the chooser ignores it too. */
    default boolean key(String canonicalKey, TreeMode mode) {
        return false;
    }

    /** Whether nothing is left to choose from (the last buffer deleted): the mode then leaves. */
    default boolean gone() {
        return false;
    }

    /** The mode left: undo what entering it did to its pane (a zoom). */
    default void end() {
    }
}
