package dev.mux.server.options;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the option table, as tmux's table has them: name, the scopes it may be set in, type,
 * default and what values are allowed. A default is a {@link Boolean} (flag), an {@link Integer}
 * (number) or a {@link String} (the rest; a key or colour in its printed form); an array option's
 * default is its list of items.
 *
 * @param separator what splits an array's text into items, and what -a puts between a style's old and
 *                  new text; null: blanks and commas for arrays, nothing for -a
 * @param style     the text must read as a style (or hold a format, checked when it is used)
 * @param pattern   a glob the text must match, or null
 * @param hook      a hook: shown by show-options only with -H
 */
public record OptionDefinition(String name, Set<OptionScope> scopes, OptionType type, Object defaultValue,
                               int minimum, int maximum, List<String> choices, boolean array, String separator,
                               boolean style, String pattern, boolean hook) {

    public OptionDefinition {
        Objects.requireNonNull(name, "name");
        scopes = Set.copyOf(scopes);
        choices = List.copyOf(choices);
        if (type == OptionType.CHOICE && !choices.contains(defaultValue)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " is not one of " + choices);
        }
        if (array != defaultValue instanceof List) {
            throw new IllegalArgumentException(name + ": an array's default is a list, and only an array's");
        }
        if (array) defaultValue = List.copyOf((List<?>) defaultValue);
    }

    private static OptionDefinition of(String name, OptionScope scope, OptionType type, Object defaultValue,
                                       int minimum, int maximum, List<String> choices) {
        return new OptionDefinition(name, EnumSet.of(scope), type, defaultValue, minimum, maximum, choices, false,
                null, false, null, false);
    }

    public static OptionDefinition flag(String name, OptionScope scope, boolean defaultValue) {
        return of(name, scope, OptionType.FLAG, defaultValue, 0, 1, List.of());
    }

    public static OptionDefinition number(String name, OptionScope scope, int defaultValue, int minimum, int maximum) {
        return of(name, scope, OptionType.NUMBER, defaultValue, minimum, maximum, List.of());
    }

    public static OptionDefinition string(String name, OptionScope scope, String defaultValue) {
        return of(name, scope, OptionType.STRING, defaultValue, 0, 0, List.of());
    }

    /** A style option: a string that must read as a style; -a adds to it after a comma. */
    public static OptionDefinition style(String name, OptionScope scope, String defaultValue) {
        return new OptionDefinition(name, EnumSet.of(scope), OptionType.STRING, defaultValue, 0, 0, List.of(), false,
                ",", true, null, false);
    }

    public static OptionDefinition key(String name, OptionScope scope, String defaultValue) {
        return of(name, scope, OptionType.KEY, defaultValue, 0, 0, List.of());
    }

    public static OptionDefinition colour(String name, OptionScope scope, String defaultValue) {
        return of(name, scope, OptionType.COLOUR, defaultValue, 0, 0, List.of());
    }

    public static OptionDefinition choice(String name, OptionScope scope, String defaultValue, List<String> choices) {
        return of(name, scope, OptionType.CHOICE, defaultValue, 0, 0, choices);
    }

    /** An array of strings (or, for a colour option, colours), its default items given. */
    public static OptionDefinition array(String name, OptionScope scope, OptionType type, String separator,
                                         List<String> defaultItems) {
        return new OptionDefinition(name, EnumSet.of(scope), type, defaultItems, 0, 0, List.of(), true, separator,
                false, null, false);
    }

    /** A hook: an array of commands, run when its event happens. */
    public static OptionDefinition hook(String name, OptionScope... scopes) {
        return new OptionDefinition(name, EnumSet.of(scopes[0], scopes), OptionType.COMMAND, List.of(), 0, 0, List.of(),
                true, "", false, null, true);
    }

    /** The same option, also settable on a single pane (tmux's WINDOW|PANE options). */
    public OptionDefinition alsoPerPane() {
        Set<OptionScope> both = EnumSet.copyOf(scopes);
        both.add(OptionScope.PANE);
        return new OptionDefinition(name, both, type, defaultValue, minimum, maximum, choices, array, separator, style,
                pattern, hook);
    }

    /** The same option, its text required to match {@code glob}. */
    public OptionDefinition matching(String glob) {
        return new OptionDefinition(name, scopes, type, defaultValue, minimum, maximum, choices, array, separator, style,
                glob, hook);
    }

    /** The scope its values live in when not set on a pane: the widest of its scopes. */
    public OptionScope scope() {
        for (OptionScope scope : OptionScope.values()) {
            if (scopes.contains(scope)) return scope;
        }
        throw new IllegalStateException(name + " has no scope");
    }

    public boolean in(OptionScope scope) {
        return scopes.contains(scope);
    }

    /** Strings and user options print quoted where the shell would need it; the other types never need it. */
    public boolean printsQuoted() {
        return type == OptionType.STRING;
    }
}
