package dev.mux.server.options;

import dev.mux.server.input.KeyReader;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of the option table: name, scope, type, default and what values are allowed. Values are
 * held as {@link Boolean} (flag), {@link Integer} (number) or {@link String} (string, choice).
 */
public record OptionDefinition(String name, OptionScope scope, OptionType type, Object defaultValue,
                               int minimum, int maximum, List<String> choices) {

    public OptionDefinition {
        Objects.requireNonNull(name, "name");
        choices = List.copyOf(choices);
        if (type == OptionType.CHOICE && !choices.contains(defaultValue)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " is not one of " + choices);
        }
    }

    public static OptionDefinition flag(String name, OptionScope scope, boolean defaultValue) {
        return new OptionDefinition(name, scope, OptionType.FLAG, defaultValue, 0, 1, List.of());
    }

    public static OptionDefinition number(String name, OptionScope scope, int defaultValue, int minimum, int maximum) {
        return new OptionDefinition(name, scope, OptionType.NUMBER, defaultValue, minimum, maximum, List.of());
    }

    public static OptionDefinition string(String name, OptionScope scope, String defaultValue) {
        return new OptionDefinition(name, scope, OptionType.STRING, defaultValue, 0, 0, List.of());
    }

    public static OptionDefinition key(String name, OptionScope scope, String defaultValue) {
        return new OptionDefinition(name, scope, OptionType.KEY, defaultValue, 0, 0, List.of());
    }

    public static OptionDefinition colour(String name, OptionScope scope, String defaultValue) {
        return new OptionDefinition(name, scope, OptionType.COLOUR, defaultValue, 0, 0, List.of());
    }

    public static OptionDefinition choice(String name, OptionScope scope, String defaultValue, List<String> choices) {
        return new OptionDefinition(name, scope, OptionType.CHOICE, defaultValue, 0, 0, choices);
    }

    /**
     * The value {@code text} sets, given the current value (a flag without text toggles). Errors
     * are tmux's: {@code value is too large: 99999}, {@code unknown value: foo}, {@code bad value: maybe}.
     */
    public Object parse(String text, Object current) throws OptionException {
        if (text == null) {
            if (type == OptionType.FLAG) return !(Boolean) current;
            throw new OptionException("empty value");
        }
        return switch (type) {
            case FLAG -> parseFlag(text);
            case NUMBER -> parseNumber(text);
            case STRING -> text;
            case CHOICE -> parseChoice(text);
            case KEY -> parseKey(text);
            case COLOUR -> Colours.canonical(text);
        };
    }

    /** The value as show-options prints it: on/off, digits, or text (quoted when it has spaces). */
    public String format(Object value) {
        return switch (type) {
            case FLAG -> (Boolean) value ? "on" : "off";
            case NUMBER, CHOICE, KEY, COLOUR -> value.toString();
            case STRING -> quoteIfNeeded((String) value);
        };
    }

    private static String parseKey(String text) throws OptionException {
        if (KeyReader.canonical(text) == null) throw new OptionException("bad key: " + text);
        return text;
    }

    private static Boolean parseFlag(String text) throws OptionException {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "on", "yes", "1" -> true;
            case "off", "no", "0" -> false;
            default -> throw new OptionException("bad value: " + text);
        };
    }

    private Integer parseNumber(String text) throws OptionException {
        long number;
        try {
            number = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new OptionException("value is invalid: " + text);
        }
        if (number < minimum) throw new OptionException("value is too small: " + text);
        if (number > maximum) throw new OptionException("value is too large: " + text);
        return (int) number;
    }

    private String parseChoice(String text) throws OptionException {
        if (choices.contains(text)) return text;
        throw new OptionException("unknown value: " + text);
    }

    private static String quoteIfNeeded(String text) {
        if (!text.isEmpty() && text.chars().noneMatch(c -> c == ' ' || c == '"' || c == '\'' || c == '\\' || c == '#')) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
