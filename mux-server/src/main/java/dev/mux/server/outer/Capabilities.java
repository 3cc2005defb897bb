package dev.mux.server.outer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A terminal's capabilities by terminfo name: flags, numbers and strings. Filled from a compiled
 * terminfo entry, then changed by terminal features and terminal-overrides items in tmux's
 * {@code name=value}, {@code name} and {@code name@} forms ({@link #apply}).
 */
public final class Capabilities {
    private final Set<String> flags = new HashSet<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();

    Capabilities copy() {
        Capabilities copy = new Capabilities();
        copy.flags.addAll(flags);
        copy.numbers.putAll(numbers);
        copy.strings.putAll(strings);
        return copy;
    }

    void setFlag(String name) {
        flags.add(name);
    }

    void setNumber(String name, int value) {
        numbers.put(name, value);
    }

    /** Padding ({@code $<5>}) is dropped: mux writes to terminals that need none, as tmux does. */
    void setString(String name, String value) {
        strings.put(name, TerminfoStrings.withoutPadding(value));
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** The number, or -1 if the terminal has none. */
    public int number(String name) {
        return numbers.getOrDefault(name, -1);
    }

    /** The string, or null if the terminal has none. */
    public String string(String name) {
        return strings.get(name);
    }

    /** Whether the capability is there, whatever its type (tmux's tty_term_has). */
    public boolean has(String name) {
        return flags.contains(name) || numbers.containsKey(name) || strings.containsKey(name);
    }

    /** Every capability as infocmp names it: {@code am}, {@code colors#256}, {@code clear=} (a string's value left out). */
    java.util.SortedSet<String> described() {
        java.util.SortedSet<String> all = new java.util.TreeSet<>(flags);
        numbers.forEach((name, value) -> all.add(name + "#" + value));
        strings.keySet().forEach(name -> all.add(name + "="));
        return all;
    }

    /**
     * Applies a list of capabilities separated by {@code :} (a doubled {@code ::} is a colon in a
     * value): {@code name=value} sets a string or number ({@code \E} and other escapes in the value
     * are decoded), {@code name} alone sets a flag (or an empty string), {@code name@} removes it.
     * Whether a name is a flag, a number or a string is terminfo's standard table's say, or
     * tmux's for its extended names; a number that does not parse is ignored.
     */
    void apply(String list) {
        OverrideFields fields = new OverrideFields(list);
        for (String field = fields.next(); field != null; field = fields.next()) {
            if (!field.isEmpty()) applyOne(field);
        }
    }

    private void applyOne(String field) {
        int equals = field.indexOf('=');
        String name;
        String value = "";
        if (equals >= 0) {
            name = field.substring(0, equals);
            value = TerminfoStrings.unescape(field.substring(equals + 1));
        } else if (field.endsWith("@")) {
            name = field.substring(0, field.length() - 1);
            flags.remove(name);
            numbers.remove(name);
            strings.remove(name);
            return;
        } else {
            name = field;
        }
        switch (CapabilityNames.typeOf(name)) {
            case FLAG -> flags.add(name);
            case NUMBER -> {
                try {
                    int number = Integer.parseInt(value);
                    if (number >= 0) numbers.put(name, number);
                } catch (NumberFormatException e) {
                    // As tmux: a number that does not parse leaves the capability as it was.
                }
            }
            case STRING -> strings.put(name, value);
        }
    }
}
