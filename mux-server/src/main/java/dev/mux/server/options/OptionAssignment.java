package dev.mux.server.options;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Setting and unsetting one option in one set, with tmux's checks and its one-line errors: the value
 * is read by the option's type, an array's text is split into items, -a appends, -u restores a global
 * set's default or lets a set inherit again.
 */
public final class OptionAssignment {
    /** What strtonum(3) reads: optional blanks and sign, then digits, nothing after. */
    private static final Pattern INTEGER = Pattern.compile("\\s*[+-]?\\d+");
    private static final String ARRAY_SEPARATORS = " ,";
    private static final String DEFAULT_SHELL = "default-shell";

    private OptionAssignment() {
    }

    /** Whether {@code set} has a value of its own for the option (or, with an index, that item). */
    public static boolean isSet(Options set, OptionTable.OptionName option) {
        Object own = set.own(option.name());
        if (own == null || !option.hasIndex()) return own != null;
        return own instanceof SortedMap<?, ?> items && items.containsKey(option.index());
    }

    /** Sets the option (value null: a flag or choice toggles; other types want a value). */
    public static void set(Options set, OptionTable.OptionName option, String value, boolean append)
            throws OptionException {
        OptionDefinition definition = option.definition();
        if (definition == null) {
            if (value == null) throw new OptionException("empty value");
            Object old = set.own(option.name());
            set.put(option.name(), append && old instanceof String text ? text + value : value);
        } else if (definition.array()) {
            if (value == null) throw new OptionException("empty value");
            setArray(set, option, definition, value, append);
        } else {
            set.put(definition.name(), parse(set, definition, value, append));
        }
    }

    /** -u: a global set goes back to the default; another set inherits again; with an index, the item goes. */
    public static void unset(Options set, OptionTable.OptionName option) {
        Object own = set.own(option.name());
        if (own == null) return;
        if (option.hasIndex()) {
            if (own instanceof SortedMap<?, ?> items) {
                items.remove(option.index());
                set.put(option.name(), items);
            }
        } else if (option.definition() != null && set.isGlobal()) {
            set.put(option.name(), OptionStore.defaultValue(option.definition()));
        } else {
            set.remove(option.name());
        }
    }

    private static Object parse(Options set, OptionDefinition definition, String value, boolean append)
            throws OptionException {
        if (value == null && definition.type() != OptionType.FLAG && definition.type() != OptionType.CHOICE) {
            throw new OptionException("empty value");
        }
        return switch (definition.type()) {
            case STRING, COMMAND -> checkedString(set, definition, value, append);
            case NUMBER -> number(definition, value);
            case KEY -> {
                String key = KeyOptionValues.canonical(value);
                if (key == null) throw new OptionException("bad key: " + value);
                yield key;
            }
            case COLOUR -> colour(value);
            case FLAG -> flag(set, definition, value);
            case CHOICE -> choice(set, definition, value);
        };
    }

    private static String checkedString(Options set, OptionDefinition definition, String value, boolean append)
            throws OptionException {
        Object old = set.own(definition.name());
        String text = value;
        if (append && old instanceof String oldText) {
            text = oldText + (definition.separator() == null ? "" : definition.separator()) + value;
        }
        if (definition.name().equals(DEFAULT_SHELL) && !isShell(text)) {
            throw new OptionException("not a suitable shell: " + text);
        }
        if (definition.pattern() != null && !Glob.matches(definition.pattern(), text)) {
            throw new OptionException("value is invalid: " + text);
        }
        if (definition.style() && !text.contains("#{") && !StyleCheck.isStyle(text)) {
            throw new OptionException("invalid style: " + text);
        }
        return text;
    }

    /** tmux's test: an absolute path to an executable file. */
    private static boolean isShell(String path) {
        return path.startsWith("/") && Files.isRegularFile(Path.of(path)) && Files.isExecutable(Path.of(path));
    }

    private static Integer number(OptionDefinition definition, String value) throws OptionException {
        if (!INTEGER.matcher(value).matches()) throw new OptionException("value is invalid: " + value);
        BigInteger number = new BigInteger(value.strip());
        if (number.compareTo(BigInteger.valueOf(definition.minimum())) < 0) {
            throw new OptionException("value is too small: " + value);
        }
        if (number.compareTo(BigInteger.valueOf(definition.maximum())) > 0) {
            throw new OptionException("value is too large: " + value);
        }
        return number.intValue();
    }

    private static String colour(String value) throws OptionException {
        String colour = Colours.canonical(value);
        if (colour == null) throw new OptionException("bad colour: " + value);
        return colour;
    }

    private static Boolean flag(Options set, OptionDefinition definition, String value) throws OptionException {
        if (value == null || value.isEmpty()) return !(Boolean) set.get(definition.name());
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.equals("1") || lower.equals("on") || lower.equals("yes")) return true;
        if (value.equals("0") || lower.equals("off") || lower.equals("no")) return false;
        throw new OptionException("bad value: " + value);
    }

    /** Without a value, the first two choices (off and on, where a choice has them) swap. */
    private static String choice(Options set, OptionDefinition definition, String value) throws OptionException {
        if (value == null) {
            int current = definition.choices().indexOf((String) set.get(definition.name()));
            return current < 2 ? definition.choices().get(1 - current) : definition.choices().get(current);
        }
        if (!definition.choices().contains(value)) throw new OptionException("unknown value: " + value);
        return value;
    }

    @SuppressWarnings("unchecked")
    private static void setArray(Options set, OptionTable.OptionName option, OptionDefinition definition, String value,
                                 boolean append) throws OptionException {
        SortedMap<Integer, String> own = (SortedMap<Integer, String>) set.own(definition.name());
        SortedMap<Integer, String> items = own == null ? new TreeMap<>() : new TreeMap<>(own);
        if (option.hasIndex()) {
            String old = items.get(option.index());
            items.put(option.index(), item(definition, append && old != null ? old + value : value));
        } else {
            if (!append) items.clear();
            String separators = definition.separator() == null ? ARRAY_SEPARATORS : definition.separator();
            if (separators.isEmpty()) {
                if (!value.isEmpty()) items.put(freeIndex(items), item(definition, value));
            } else {
                for (String part : value.split(anyOf(separators))) {
                    if (!part.isEmpty()) items.put(freeIndex(items), item(definition, part));
                }
            }
        }
        set.put(definition.name(), items);
    }

    /** A regular expression matching any one of {@code characters} (none of them a letter or digit). */
    private static String anyOf(String characters) {
        StringBuilder regex = new StringBuilder("[");
        for (char c : characters.toCharArray()) regex.append('\\').append(c);
        return regex.append(']').toString();
    }

    private static String item(OptionDefinition definition, String text) throws OptionException {
        return definition.type() == OptionType.COLOUR ? colour(text) : text;
    }

    private static int freeIndex(SortedMap<Integer, String> items) {
        int index = 0;
        while (items.containsKey(index)) index++;
        return index;
    }
}
