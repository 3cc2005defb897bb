package dev.mux.server;

import dev.mux.server.options.OptionDefinition;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.OptionType;
import dev.mux.server.options.Options;
import java.util.Map;
import java.util.SortedMap;

/**
 * Puts a snapshot's option values back into a set: user options, and those the table still has
 * with a value of the kind the table holds (a snapshot of another version may differ).
 */
final class OptionRestore {
    private OptionRestore() {}

    static void apply(Options set, Map<String, Object> values, OptionStore store) {
        if (values == null) return;
        values.forEach((name, value) -> {
            if (name.startsWith("@") ? value instanceof String : fits(store.table().definition(name), value)) {
                set.put(name, value);
            }
        });
    }

    private static boolean fits(OptionDefinition definition, Object value) {
        if (definition == null) return false;
        if (definition.array()) return value instanceof SortedMap<?, ?>;
        if (definition.type() == OptionType.FLAG) return value instanceof Boolean;
        if (definition.type() == OptionType.NUMBER) return value instanceof Integer;
        return value instanceof String;
    }
}
