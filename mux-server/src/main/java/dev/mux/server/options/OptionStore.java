package dev.mux.server.options;

import java.util.List;
import java.util.TreeMap;

/**
 * The table and the three global sets at the top of the chains: the server options, the global
 * session options (parent of every session's own) and the global window options (parent of every
 * window's own, which are in turn the parents of their panes'). Each global set starts with every
 * option of its scope at its default. Loop thread only.
 */
public final class OptionStore {
    private final OptionTable table;
    private final Options server = new Options(OptionScope.SERVER, null);
    private final Options session = new Options(OptionScope.SESSION, null);
    private final Options window = new Options(OptionScope.WINDOW, null);

    public OptionStore(OptionTable table) {
        this.table = table;
        for (OptionDefinition definition : table.definitions()) {
            global(definition.scope()).put(definition.name(), defaultValue(definition));
        }
    }

    public OptionTable table() {
        return table;
    }

    public Options server() {
        return server;
    }

    /** The global session options: what a session uses where it has no value of its own. */
    public Options session() {
        return session;
    }

    /** The global window options: what a window (and its panes) use where they have no value of their own. */
    public Options window() {
        return window;
    }

    /** The global set of {@code scope} (a pane's options are the window's). */
    public Options global(OptionScope scope) {
        return switch (scope) {
            case SERVER -> server;
            case SESSION -> session;
            case WINDOW, PANE -> window;
        };
    }

    /** A definition's default as a set holds it: an array's items numbered from 0. */
    public static Object defaultValue(OptionDefinition definition) {
        if (!definition.array()) return definition.defaultValue();
        TreeMap<Integer, String> items = new TreeMap<>();
        List<?> defaults = (List<?>) definition.defaultValue();
        for (int i = 0; i < defaults.size(); i++) items.put(i, (String) defaults.get(i));
        return items;
    }
}
