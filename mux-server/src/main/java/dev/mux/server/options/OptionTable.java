package dev.mux.server.options;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options that exist, in tmux's table order (the order show-options lists them in). A name is
 * found as tmux finds it: a user option ({@code @name}) as it is; else the exact name, or one the
 * name is the unique prefix of, after the American spellings are mapped ({@code -color} to
 * {@code -colour}); an index in brackets ({@code status-format[1]}) names one item of an array.
 */
public final class OptionTable {
    /** tmux's other spellings of option names. */
    private static final Map<String, String> OTHER_NAMES = Map.of(
            "display-panes-color", "display-panes-colour",
            "display-panes-active-color", "display-panes-active-colour",
            "clock-mode-color", "clock-mode-colour",
            "cursor-color", "cursor-colour",
            "pane-colors", "pane-colours");
    private static final Pattern INDEXED = Pattern.compile("(.*)\\[([+-]?\\d+)]");

    private final List<OptionDefinition> definitions;
    /** By exact name: every render asks for a few options, which a scan of them all made noticeable. */
    private final Map<String, OptionDefinition> byName = new HashMap<>();

    /** An option as a command names it: a table option (definition not null) or a user option; index -1 for none. */
    public record OptionName(String name, int index, OptionDefinition definition) {
        public boolean isUser() {
            return definition == null;
        }

        public boolean hasIndex() {
            return index >= 0;
        }
    }

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

    /** The definition of exactly {@code name}, or null. */
    public OptionDefinition definition(String name) {
        return byName.get(name);
    }

    /**
     * The option {@code text} names, with tmux's errors: {@code ambiguous option: x}, {@code invalid option: x}.
     * tmux 3.3a says "ambiguous" for a name it cannot parse (an empty one, a bad index) too.
     */
    public OptionName find(String text) throws OptionException {
        String name = text;
        int index = -1;
        if (text.indexOf('[') >= 0) {
            Matcher indexed = INDEXED.matcher(text);
            if (!indexed.matches() || indexed.group(1).indexOf('[') >= 0) throw unparsed(text);
            name = indexed.group(1);
            try {
                index = Integer.parseInt(indexed.group(2));
            } catch (NumberFormatException e) {
                throw unparsed(text);
            }
            if (index < 0) throw unparsed(text);
        }
        if (text.isEmpty()) throw unparsed(text);
        if (name.startsWith("@")) return new OptionName(name, index, null);
        name = OTHER_NAMES.getOrDefault(name, name);
        OptionDefinition found = null;
        for (OptionDefinition definition : definitions) {
            if (definition.name().equals(name)) {
                found = definition;
                break;
            }
            if (definition.name().startsWith(name)) {
                if (found != null) throw new OptionException("ambiguous option: " + text);
                found = definition;
            }
        }
        if (found == null) throw invalid(text);
        return new OptionName(found.name(), index, found);
    }

    private static OptionException unparsed(String text) {
        return new OptionException("ambiguous option: " + text);
    }

    private static OptionException invalid(String text) {
        return new OptionException("invalid option: " + text);
    }
}
