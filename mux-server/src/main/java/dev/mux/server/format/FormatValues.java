package dev.mux.server.format;

import dev.mux.server.options.OptionStore;
import dev.mux.server.options.Options;
import java.util.SortedMap;

/**
 * Where a name in a format finds its value, in tmux's order: an option of that name (the server's,
 * then the pane's, window's and session's, each falling back to the global set), a format
 * variable, a value the command added, and last an environment variable of the server.
 */
final class FormatValues {
    private FormatValues() {}

    /** The value of {@code key} for {@code context}, or null when nothing has that name. */
    static String find(FormatContext context, String key, boolean forTime) {
        String option = option(context, key);
        if (option != null) return option;
        String variable = FormatVariables.value(context, key);
        if (variable != null) return variable;
        String own = context.values().get(key);
        if (own != null) return own;
        if (forTime || context.server() == null) return null;
        return context.server().environment(key);
    }

    /** An option's value as tmux prints it in a format (a flag as 1 or 0), or null when no set has it. */
    static String option(FormatContext context, String key) {
        if (context.server() == null || key.isEmpty()) return null;
        String name = key;
        int index = -1;
        int bracket = key.indexOf('[');
        if (bracket > 0 && key.endsWith("]")) {
            name = key.substring(0, bracket);
            try {
                index = Integer.parseInt(key.substring(bracket + 1, key.length() - 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        OptionStore store = context.server().sessions().options();
        if (!name.startsWith("@") && store.table().definition(name) == null) return null;
        Object value = store.server().get(name);
        if (value == null) value = get(context.pane() != null ? context.pane().options()
                : context.window() != null ? context.window().options() : store.window(), name);
        if (value == null) value = get(context.session() != null ? context.session().options() : store.session(), name);
        return value == null ? null : text(value, index);
    }

    private static Object get(Options options, String name) {
        return options.get(name);
    }

    private static String text(Object value, int index) {
        if (value instanceof Boolean flag) return flag ? "1" : "0";
        if (value instanceof SortedMap<?, ?> items) {
            Object item = index < 0 ? null : items.get(index);
            return item == null ? "" : item.toString();
        }
        return value.toString();
    }
}
