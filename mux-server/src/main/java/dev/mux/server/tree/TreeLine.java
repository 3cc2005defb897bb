package dev.mux.server.tree;

/**
 * One line of a tree as shown: its item, how deep it is, whether it is the last of its siblings
 * (its branch is drawn as a corner) and whether none of its siblings has children (then no
 * expand sign is drawn).
 */
record TreeLine(TreeItem item, int depth, boolean last, boolean flat) {}
