package dev.mux.server.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What show-options prints for one option: {@code name value}, {@code name* value} for a value
 * inherited from a parent set (-A), the value alone with -v; an array one line per item as
 * {@code name[i] value}, or its bare name when it is empty. Strings and user options are quoted as a
 * command would need them; a value alone is printed as it is.
 */
public final class OptionLines {
    private final boolean valuesOnly;
    private final List<String> lines = new ArrayList<>();

    public OptionLines(boolean valuesOnly) {
        this.valuesOnly = valuesOnly;
    }

    public List<String> lines() {
        return lines;
    }

    /** Adds the lines of the option (definition null for a user option); index -1 for the whole option. */
    public void add(String name, OptionDefinition definition, Object value, int index, boolean inherited) {
        if (value instanceof SortedMap<?, ?> items) {
            if (index >= 0) {
                Object item = items.get(index);
                line(name + "[" + index + "]", definition, item == null ? "" : item, inherited);
            } else if (items.isEmpty()) {
                if (!valuesOnly) lines.add(name + (inherited ? "*" : ""));
            } else {
                for (Map.Entry<?, ?> item : items.entrySet()) {
                    line(name + "[" + item.getKey() + "]", definition, item.getValue(), inherited);
                }
            }
        } else {
            line(index >= 0 ? name + "[" + index + "]" : name, definition, value, inherited);
        }
    }

    private void line(String label, OptionDefinition definition, Object value, boolean inherited) {
        String text = text(value);
        if (valuesOnly) {
            lines.add(text);
        } else {
            boolean quoted = definition == null || definition.printsQuoted();
            lines.add(label + (inherited ? "* " : " ") + (quoted ? ShellQuoting.quote(text) : text));
        }
    }

    /** A value as text: on/off for a flag, digits for a number, the string for the rest. */
    public static String text(Object value) {
        if (value instanceof Boolean flag) return flag ? "on" : "off";
        return value.toString();
    }
}
