package dev.mux.server.options;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The options that exist. Lookup follows tmux: the exact name, else a unique prefix of one. */
public final class OptionTable {
    private final List<OptionDefinition> definitions;

    public OptionTable(List<OptionDefinition> definitions) {
        Set<String> names = new HashSet<>();
        for (OptionDefinition definition : definitions) {
            if (!names.add(definition.name())) throw new IllegalArgumentException("option defined twice: " + definition.name());
        }
        this.definitions = List.copyOf(definitions);
    }

    public List<OptionDefinition> definitions() {
        return definitions;
    }

    public OptionDefinition find(String name) throws OptionException {
        List<OptionDefinition> prefixed = new ArrayList<>();
        for (OptionDefinition definition : definitions) {
            if (definition.name().equals(name)) return definition;
            if (definition.name().startsWith(name)) prefixed.add(definition);
        }
        if (prefixed.size() == 1 && !name.isEmpty()) return prefixed.get(0);
        if (prefixed.size() > 1 && !name.isEmpty()) throw new OptionException("ambiguous option: " + name);
        throw new OptionException("invalid option: " + name);
    }

    /** A definition the server's own code names; a typo there is a bug, not a user error. */
    OptionDefinition require(String name, OptionType type) {
        for (OptionDefinition definition : definitions) {
            if (definition.name().equals(name)) {
                if (definition.type() != type) throw new IllegalArgumentException(name + " is a " + definition.type() + " option");
                return definition;
            }
        }
        throw new IllegalArgumentException("no option " + name);
    }
}
