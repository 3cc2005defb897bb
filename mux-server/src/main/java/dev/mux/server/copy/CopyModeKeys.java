package dev.mux.server.copy;

import static dev.mux.server.copy.CopyAction.*;

import dev.mux.server.input.KeyReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * tmux 3.3's default copy-mode (emacs) and copy-mode-vi key tables for the actions that exist, by
 * key name; plus, for vi users, {@code v} and {@code y} as in vim's visual mode (tmux leaves y
 * unbound and has v toggle rectangle selection, which mux does not have).
 */
public final class CopyModeKeys {
    private static final Map<String, CopyAction> EMACS_NAMES = emacs();
    private static final Map<String, CopyAction> VI_NAMES = vi();
    private static final Map<String, CopyAction> EMACS_TABLE = canonical(EMACS_NAMES);
    private static final Map<String, CopyAction> VI_TABLE = canonical(VI_NAMES);

    private CopyModeKeys() {}

    /** The action bound to a key ({@link KeyReader} canonical form), or null. */
    public static CopyAction lookup(ModeKeys keys, String canonicalKey) {
        return (keys == ModeKeys.VI ? VI_TABLE : EMACS_TABLE).get(canonicalKey);
    }

    /** The table by key name, in the order bound, for documentation and tests. */
    public static Map<String, CopyAction> names(ModeKeys keys) {
        return keys == ModeKeys.VI ? VI_NAMES : EMACS_NAMES;
    }

    private static Map<String, CopyAction> emacs() {
        Map<String, CopyAction> keys = new LinkedHashMap<>();
        keys.put("C-Space", BEGIN_SELECTION);
        keys.put("C-a", START_OF_LINE);
        keys.put("C-b", CURSOR_LEFT);
        keys.put("C-c", CANCEL);
        keys.put("C-e", END_OF_LINE);
        keys.put("C-f", CURSOR_RIGHT);
        keys.put("C-g", CLEAR_SELECTION);
        keys.put("C-k", COPY_END_OF_LINE_AND_CANCEL);
        keys.put("C-n", CURSOR_DOWN);
        keys.put("C-p", CURSOR_UP);
        keys.put("C-r", SEARCH_BACKWARD_INCREMENTAL);
        keys.put("C-s", SEARCH_FORWARD_INCREMENTAL);
        keys.put("C-v", PAGE_DOWN);
        keys.put("C-w", COPY_SELECTION_AND_CANCEL);
        keys.put("Escape", CANCEL);
        keys.put("Space", PAGE_DOWN);
        keys.put("N", SEARCH_REVERSE);
        keys.put("n", SEARCH_AGAIN);
        keys.put("q", CANCEL);
        keys.put("Home", START_OF_LINE);
        keys.put("End", END_OF_LINE);
        keys.put("M-<", HISTORY_TOP);
        keys.put("M->", HISTORY_BOTTOM);
        keys.put("M-R", TOP_LINE);
        keys.put("M-b", PREVIOUS_WORD);
        keys.put("M-f", NEXT_WORD_END);
        keys.put("M-m", BACK_TO_INDENTATION);
        keys.put("M-r", MIDDLE_LINE);
        keys.put("M-v", PAGE_UP);
        keys.put("M-w", COPY_SELECTION_AND_CANCEL);
        keys.put("M-Up", HALFPAGE_UP);
        keys.put("M-Down", HALFPAGE_DOWN);
        keys.put("C-Up", SCROLL_UP);
        keys.put("C-Down", SCROLL_DOWN);
        putCommon(keys);
        return keys;
    }

    private static Map<String, CopyAction> vi() {
        Map<String, CopyAction> keys = new LinkedHashMap<>();
        keys.put("C-c", CANCEL);
        keys.put("C-b", PAGE_UP);
        keys.put("C-d", HALFPAGE_DOWN);
        keys.put("C-e", SCROLL_DOWN);
        keys.put("C-f", PAGE_DOWN);
        keys.put("C-h", CURSOR_LEFT);
        keys.put("C-j", COPY_SELECTION_AND_CANCEL);
        keys.put("Enter", COPY_SELECTION_AND_CANCEL);
        keys.put("C-u", HALFPAGE_UP);
        keys.put("C-y", SCROLL_UP);
        keys.put("Escape", CLEAR_SELECTION);
        keys.put("Space", BEGIN_SELECTION);
        keys.put("$", END_OF_LINE);
        keys.put("/", SEARCH_FORWARD);
        keys.put("0", START_OF_LINE);
        keys.put("?", SEARCH_BACKWARD);
        keys.put("D", COPY_END_OF_LINE_AND_CANCEL);
        keys.put("G", HISTORY_BOTTOM);
        keys.put("H", TOP_LINE);
        keys.put("J", SCROLL_DOWN);
        keys.put("K", SCROLL_UP);
        keys.put("L", BOTTOM_LINE);
        keys.put("M", MIDDLE_LINE);
        keys.put("N", SEARCH_REVERSE);
        keys.put("V", SELECT_LINE);
        keys.put("^", BACK_TO_INDENTATION);
        keys.put("b", PREVIOUS_WORD);
        keys.put("e", NEXT_WORD_END);
        keys.put("g", HISTORY_TOP);
        keys.put("h", CURSOR_LEFT);
        keys.put("j", CURSOR_DOWN);
        keys.put("k", CURSOR_UP);
        keys.put("l", CURSOR_RIGHT);
        keys.put("n", SEARCH_AGAIN);
        keys.put("o", OTHER_END);
        keys.put("q", CANCEL);
        keys.put("v", BEGIN_SELECTION);
        keys.put("w", NEXT_WORD);
        keys.put("y", COPY_SELECTION_AND_CANCEL);
        keys.put("BSpace", CURSOR_LEFT);
        keys.put("C-Up", SCROLL_UP);
        keys.put("C-Down", SCROLL_DOWN);
        putCommon(keys);
        return keys;
    }

    /** Paging and cursor keys, the same in both tables. */
    private static void putCommon(Map<String, CopyAction> keys) {
        keys.put("NPage", PAGE_DOWN);
        keys.put("PPage", PAGE_UP);
        keys.put("Up", CURSOR_UP);
        keys.put("Down", CURSOR_DOWN);
        keys.put("Left", CURSOR_LEFT);
        keys.put("Right", CURSOR_RIGHT);
    }

    private static Map<String, CopyAction> canonical(Map<String, CopyAction> byName) {
        Map<String, CopyAction> table = new LinkedHashMap<>();
        byName.forEach((name, action) -> {
            String key = KeyReader.canonical(name);
            if (key == null) throw new IllegalStateException("copy-mode key " + name + " is no key");
            table.put(key, action);
        });
        return Map.copyOf(table);
    }
}
