package dev.mux.server.options;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The options that exist. Lookup follows tmux: the exact name, else a unique prefix of one. */
public final class OptionTable {
    private final List<OptionDefinition> definitions;
    /** By exact name: every render asks for a few options, which a scan of them all made noticeable. */
    private final Map<String, OptionDefinition> byName = new HashMap<>();

    public OptionTable(List<OptionDefinition> definitions) {
        for (OptionDefinition definition : definitions) {
            if (byName.putIfAbsent(definition.name(), definition) != null) {
                throw new IllegalArgumentException("option defined twice: " + definition.name());
            }
        }
        this.definitions = List.copyOf(definitions);
    }

    public List<OptionDefinition> definitions() {
        return definitions;
    }

    public OptionDefinition find(String name) throws OptionException {
        OptionDefinition exact = byName.get(name);
        if (exact != null) return exact;
        List<OptionDefinition> prefixed = new ArrayList<>();
        for (OptionDefinition definition : definitions) {
            if (definition.name().startsWith(name)) prefixed.add(definition);
        }
        if (prefixed.size() == 1 && !name.isEmpty()) return prefixed.get(0);
        if (prefixed.size() > 1 && !name.isEmpty()) throw new OptionException("ambiguous option: " + name);
        throw new OptionException("invalid option: " + name);
    }

    /** A definition the server's own code names; a typo there is a bug, not a user error. */
    OptionDefinition require(String name, OptionType type) {
        OptionDefinition definition = byName.get(name);
        if (definition == null) throw new IllegalArgumentException("no option " + name);
        if (definition.type() != type) throw new IllegalArgumentException(name + " is a " + definition.type() + " option");
        return definition;
    }
}
