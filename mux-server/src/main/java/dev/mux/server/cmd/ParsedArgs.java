package dev.mux.server.cmd;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The result of {@link ArgsParser}: which flags were given, their values, and the positional words.
 * Immutable. A flag given twice keeps both values; {@link #value(char)} returns the last, as tmux does.
 */
public final class ParsedArgs {
    /** strtonum(3) accepts leading blanks and a sign before the digits, nothing after them. */
    private static final Pattern INTEGER = Pattern.compile("\\s*([+-]?\\d+)");

    private final Map<Character, List<String>> flags;
    private final List<String> positional;
    /** How many times each flag without a value was given ({@code -EE} is 2). */
    private final Map<Character, Integer> counts;
    private final TargetResolution target;
    private final TargetResolution source;

    ParsedArgs(Map<Character, List<String>> flags, List<String> positional, Map<Character, Integer> counts) {
        this(flags, positional, counts, null, null);
    }

    private ParsedArgs(Map<Character, List<String>> flags, List<String> positional, Map<Character, Integer> counts,
                       TargetResolution target, TargetResolution source) {
        Map<Character, List<String>> copy = new LinkedHashMap<>();
        flags.forEach((flag, values) -> copy.put(flag, List.copyOf(values)));
        this.flags = copy;
        this.counts = Map.copyOf(counts);
        this.positional = List.copyOf(positional);
        this.target = target;
        this.source = source;
    }

    /** The same arguments with {@code -t} and {@code -s} resolved, as the dispatcher hands them to a command. */
    ParsedArgs withTargets(TargetResolution resolvedTarget, TargetResolution resolvedSource) {
        return new ParsedArgs(flags, positional, counts, resolvedTarget, resolvedSource);
    }

    /**
     * The resolved {@code -t} of a command whose spec declares a target kind; null where an
     * {@link TargetPolicy#OPTIONAL} flag was not given. Under {@link TargetPolicy#CAN_FAIL} the
     * resolution's error is thrown here.
     */
    public Target target() throws CommandException {
        if (target == null) throw new IllegalStateException("no target was resolved for this command");
        return target.get();
    }

    /** The resolved {@code -s}, as {@link #target()} is for {@code -t}. */
    public Target source() throws CommandException {
        if (source == null) throw new IllegalStateException("no source was resolved for this command");
        return source.get();
    }

    public boolean has(char flag) {
        return flags.containsKey(flag);
    }

    /** How many times a flag that takes no value was given (tmux's args_has). */
    public int count(char flag) {
        return counts.getOrDefault(flag, 0);
    }

    /** The value of the last {@code -flag}, or null if the flag was not given or takes no value. */
    public String value(char flag) {
        List<String> values = values(flag);
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    public String value(char flag, String fallback) {
        String value = value(flag);
        return value == null ? fallback : value;
    }

    /** Every value given to a repeatable flag ({@code -e A=1 -e B=2}), in order; empty if none. */
    public List<String> values(char flag) {
        return flags.getOrDefault(flag, List.of());
    }

    /** {@link #intValue(char, String, int, int, int)} naming the value by its flag, e.g. "-x invalid". */
    public int intValue(char flag, int fallback, int min, int max) throws CommandException {
        return intValue(flag, "-" + flag, fallback, min, max);
    }

    /**
     * The flag's value as an integer in [min, max], or {@code fallback} if the flag is absent. Errors
     * read like tmux's ({@code width invalid}, {@code width too small}, {@code width too large}),
     * where {@code noun} is the word the command uses for the value.
     */
    public int intValue(char flag, String noun, int fallback, int min, int max) throws CommandException {
        String text = value(flag);
        if (text == null) return fallback;
        var matcher = INTEGER.matcher(text);
        if (!matcher.matches()) throw new CommandException(noun + " invalid");
        BigInteger number = new BigInteger(matcher.group(1));
        if (number.compareTo(BigInteger.valueOf(min)) < 0) throw new CommandException(noun + " too small");
        if (number.compareTo(BigInteger.valueOf(max)) > 0) throw new CommandException(noun + " too large");
        return number.intValue();
    }

    public List<String> positional() {
        return positional;
    }

    /** The positional word at {@code index}, or null if there are fewer. */
    public String positional(int index) {
        return index < positional.size() ? positional.get(index) : null;
    }

    @Override
    public String toString() {
        List<String> words = new ArrayList<>();
        flags.forEach((flag, values) -> {
            if (values.isEmpty()) words.add("-" + flag);
            values.forEach(value -> words.add("-" + flag + " " + value));
        });
        words.addAll(positional);
        return String.join(" ", words);
    }
}
