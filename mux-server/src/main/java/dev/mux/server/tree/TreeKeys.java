package dev.mux.server.tree;

import dev.mux.server.input.KeyReader;
import java.util.HashMap;
import java.util.Map;

/**
 * The keys every tree takes, as tmux's mode-tree: moving, expanding, tagging, sorting, the
 * preview, and the keys that leave, choose, or open the search and filter prompts.
 */
public final class TreeKeys {
    /** What a key does to a tree. */
    public enum Action {
        LEAVE, UP, DOWN, PAGE_UP, PAGE_DOWN, FIRST, LAST, TAG, TAG_NONE, TAG_ALL, NEXT_SORT, REVERSE,
        COLLAPSE, EXPAND, COLLAPSE_ALL, EXPAND_ALL, SEARCH, SEARCH_NEXT, SEARCH_PREVIOUS, FILTER, PREVIEW, CHOOSE
    }

    private static final Map<String, Action> ACTIONS = actions();

    private TreeKeys() {}

    /** The action of a key typed ({@code KeyReader} canonical form), or null if the tree leaves it to its chooser. */
    public static Action of(String canonicalKey) {
        return ACTIONS.get(canonicalKey);
    }

    private static Map<String, Action> actions() {
        Map<String, Action> map = new HashMap<>();
        bind(map, Action.LEAVE, "q", "Escape", "C-g");
        bind(map, Action.UP, "Up", "k", "C-p");
        bind(map, Action.DOWN, "Down", "j", "C-n");
        bind(map, Action.PAGE_UP, "PPage", "C-b");
        bind(map, Action.PAGE_DOWN, "NPage", "C-f");
        bind(map, Action.FIRST, "g", "Home");
        bind(map, Action.LAST, "G", "End");
        bind(map, Action.TAG, "t");
        bind(map, Action.TAG_NONE, "T");
        bind(map, Action.TAG_ALL, "C-t");
        bind(map, Action.NEXT_SORT, "O");
        bind(map, Action.REVERSE, "r");
        bind(map, Action.COLLAPSE, "Left", "h", "-");
        bind(map, Action.EXPAND, "Right", "l", "+");
        bind(map, Action.COLLAPSE_ALL, "M--");
        bind(map, Action.EXPAND_ALL, "M-+");
        bind(map, Action.SEARCH, "?", "/", "C-s");
        bind(map, Action.SEARCH_NEXT, "n");
        bind(map, Action.SEARCH_PREVIOUS, "N");
        bind(map, Action.FILTER, "f");
        bind(map, Action.PREVIEW, "v");
        bind(map, Action.CHOOSE, "Enter");
        return Map.copyOf(map);
    }

    private static void bind(Map<String, Action> map, Action action, String... keyNames) {
        for (String name : keyNames) {
            String canonical = KeyReader.canonical(name);
            if (canonical == null) throw new IllegalStateException("not a key: " + name);
            map.put(canonical, action);
        }
    }
}
