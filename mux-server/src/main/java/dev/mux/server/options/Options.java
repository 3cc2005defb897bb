package dev.mux.server.options;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One set of option values, as tmux keeps them: the global server, session or window options, or one
 * session's, window's or pane's own. A value not set here is looked up in the parent set (a pane's in
 * its window's, a window's in the global window options, a session's in the global session options);
 * the global sets have every option of their scope. Values are {@link Boolean} (flag),
 * {@link Integer} (number), {@link String} (string, choice, key, colour and user options) or, for
 * arrays, a sorted map of index to item. Loop thread only.
 *
 * <p>Reading a value is one map lookup per set on the way up, so the renderer may ask per frame.
 */
public final class Options {
    private final OptionScope scope;
    private Options parent;
    private final Map<String, Object> values = new HashMap<>();
    /**
     * Changes to any set since the server started: what is drawn from options (the status line) is
     * drawn again only when this moved. One counter for all sets, as all live on the loop thread.
     */
    private static long changes;

    public Options(OptionScope scope, Options parent) {
        this.scope = scope;
        this.parent = parent;
    }

    /** A set whose unset values come from this one (a window's pane, a global set's session or window). */
    public Options child(OptionScope childScope) {
        return new Options(childScope, this);
    }

    public OptionScope scope() {
        return scope;
    }

    public Options parent() {
        return parent;
    }

    /** A pane moved to another window inherits from that window from now on. */
    public void reparent(Options newParent) {
        this.parent = newParent;
    }

    /** Whether this is one of the global sets, where -u restores the default instead of inheriting. */
    public boolean isGlobal() {
        return parent == null;
    }

    /** The value set in this set itself, or null. */
    public Object own(String name) {
        return values.get(name);
    }

    /** The value that applies here: this set's own, else the nearest parent's; null if none has it. */
    public Object get(String name) {
        for (Options set = this; set != null; set = set.parent) {
            Object value = set.values.get(name);
            if (value != null) return value;
        }
        return null;
    }

    public void put(String name, Object value) {
        values.put(name, value);
        changes++;
    }

    public void remove(String name) {
        values.remove(name);
        changes++;
    }

    /** How many times any set was changed (see {@link #changes}). */
    public static long changes() {
        return changes;
    }

    /** Every value set in this set itself, by name (a copy; arrays are copied too). */
    public SortedMap<String, Object> ownValues() {
        SortedMap<String, Object> own = new TreeMap<>();
        values.forEach((name, value) -> own.put(name, value instanceof SortedMap<?, ?> items ? new TreeMap<>(items) : value));
        return own;
    }

    /** The user options (@name) set here, by name. */
    public SortedMap<String, Object> userOptions() {
        SortedMap<String, Object> user = new TreeMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith("@")) user.put(name, value);
        });
        return user;
    }

    public boolean flag(String name) {
        return (Boolean) require(name);
    }

    public int number(String name) {
        return (Integer) require(name);
    }

    /** A string, choice, key or colour option's value as it prints. */
    public String string(String name) {
        return (String) require(name);
    }

    /** An array option's items in index order. */
    @SuppressWarnings("unchecked")
    public List<String> items(String name) {
        return List.copyOf(((SortedMap<Integer, String>) require(name)).values());
    }

    /** An array option's items by their index. */
    @SuppressWarnings("unchecked")
    public SortedMap<Integer, String> indexed(String name) {
        return Collections.unmodifiableSortedMap((SortedMap<Integer, String>) require(name));
    }

    /** The server's own code names options; a name no set in the chain has is a bug, not a user error. */
    private Object require(String name) {
        Object value = get(name);
        if (value == null) throw new IllegalArgumentException("no option " + name + " in the " + scope + " options");
        return value;
    }
}
