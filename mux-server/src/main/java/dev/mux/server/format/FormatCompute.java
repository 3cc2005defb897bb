package dev.mux.server.format;

import dev.mux.server.format.FormatModifiers.Modifier;
import dev.mux.server.model.Pane;
import dev.mux.server.term.Screen;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The modifiers that compute a value: comparisons, {@code m:}, {@code s///:}, {@code e||:}, {@code a:}, {@code C:}. */
final class FormatCompute {
    /** Patterns compiled for m/r, s/// and C/r, by flags and text: the status line asks for the same few every second. */
    private static final int PATTERN_CACHE_SIZE = 128;
    private static final Map<String, Pattern> PATTERNS = Collections.synchronizedMap(
            new LinkedHashMap<>(PATTERN_CACHE_SIZE, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
                    return size() > PATTERN_CACHE_SIZE;
                }
            });
    /** Marks a pattern that does not compile, so it is not compiled again. */
    private static final Pattern INVALID = Pattern.compile("(?!)");

    private FormatCompute() {}

    /** strtonum(3) over int: 0 when the text is not a whole number in range. */
    static int integer(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A time as a number of seconds, 0 when the text is none. */
    static long seconds(String text) {
        if (text == null) return 0;
        try {
            long value = Long.parseLong(text);
            return value < 0 ? 0 : value;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** {@code a:}: the ASCII character with that code, empty outside 32..126. */
    static String character(String code) {
        int value;
        try {
            value = Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return "";
        }
        return value >= 32 && value <= 126 ? String.valueOf((char) value) : "";
    }

    static String compare(Modifier comparison, String left, String right) {
        boolean result = switch (comparison.name()) {
            case "||" -> FormatSyntax.isTrue(left) || FormatSyntax.isTrue(right);
            case "&&" -> FormatSyntax.isTrue(left) && FormatSyntax.isTrue(right);
            case "==" -> left.equals(right);
            case "!=" -> !left.equals(right);
            case "<" -> left.compareTo(right) < 0;
            case ">" -> left.compareTo(right) > 0;
            case "<=" -> left.compareTo(right) <= 0;
            case ">=" -> left.compareTo(right) >= 0;
            default -> match(comparison.arg(0), left, right);
        };
        return result ? "1" : "0";
    }

    /** {@code m:}: a glob (or with {@code r} an extended regular expression) against the text; {@code i} ignores case. */
    private static boolean match(String flags, String pattern, String text) {
        String options = flags == null ? "" : flags;
        boolean ignoreCase = options.indexOf('i') >= 0;
        if (options.indexOf('r') < 0) return FormatGlob.matches(pattern, text, ignoreCase);
        Pattern compiled = pattern(pattern, ignoreCase);
        return compiled != INVALID && compiled.matcher(text).find();
    }

    /**
     * {@code s/pattern/replacement/flags:}: every match replaced, {@code \1} naming a group, in
     * tmux's regsub order (an empty match right after another is skipped; {@code ^} stops at the first).
     */
    static String substitute(String text, String pattern, String replacement, String flags) {
        if (text.isEmpty()) return "";
        Pattern compiled = pattern(pattern, flags != null && flags.indexOf('i') >= 0);
        if (compiled == INVALID) return text;
        Matcher matcher = compiled.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        int last = 0;
        int end = text.length();
        boolean empty = false;
        while (start <= end) {
            matcher.region(start, end);
            if (!matcher.find()) {
                out.append(text, start, end);
                break;
            }
            out.append(text, last, matcher.start());
            if (empty || matcher.start() != last || matcher.start() != matcher.end()) {
                appendReplacement(out, matcher, replacement);
                start = matcher.end();
                empty = false;
            } else {
                start = matcher.end() + 1;
                empty = true;
            }
            last = matcher.end();
            if (pattern.startsWith("^")) {
                if (start < end) out.append(text, start, end);
                break;
            }
        }
        return out.toString();
    }

    private static void appendReplacement(StringBuilder out, Matcher matcher, String replacement) {
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\\') {
                if (++i >= replacement.length()) break;
                c = replacement.charAt(i);
                if (c >= '0' && c <= '9') {
                    int group = c - '0';
                    if (group <= matcher.groupCount() && matcher.start(group) != matcher.end(group)) {
                        out.append(matcher.group(group));
                        continue;
                    }
                }
            }
            out.append(c);
        }
    }

    /** {@code e|op|flags|precision:}: arithmetic or a numeric comparison, as tmux does it in doubles. */
    static String expression(Modifier expression, String leftText, String rightText) {
        String operator = expression.arg(0);
        boolean floating = expression.args().size() >= 2 && expression.arg(1).indexOf('f') >= 0;
        int precision = floating ? 2 : 0;
        if (expression.args().size() >= 3) {
            try {
                precision = Integer.parseInt(expression.arg(2));
            } catch (NumberFormatException e) {
                return "";
            }
        }
        Double left = FormatNumbers.strtod(leftText);
        Double right = FormatNumbers.strtod(rightText);
        if (left == null || right == null) return "";
        double l = floating ? left : (double) (long) (double) left;
        double r = floating ? right : (double) (long) (double) right;
        double result;
        switch (operator) {
            case "+" -> result = l + r;
            case "-" -> result = l - r;
            case "*" -> result = l * r;
            case "/" -> result = l / r;
            case "%", "m" -> result = l % r;
            case "==" -> result = Math.abs(l - r) < 1e-9 ? 1 : 0;
            case "!=" -> result = Math.abs(l - r) > 1e-9 ? 1 : 0;
            case ">" -> result = l > r ? 1 : 0;
            case ">=" -> result = l >= r ? 1 : 0;
            case "<" -> result = l < r ? 1 : 0;
            case "<=" -> result = l <= r ? 1 : 0;
            default -> {
                return "";
            }
        }
        return FormatNumbers.printf(floating ? result : (double) (long) result, precision);
    }

    /** {@code C:}: the number (from 1) of the first line of the pane's screen holding the text, 0 if none. */
    static String search(Pane pane, String flags, String text) {
        if (pane == null) return "0";
        String options = flags == null ? "" : flags;
        boolean ignoreCase = options.indexOf('i') >= 0;
        boolean regex = options.indexOf('r') >= 0;
        Pattern compiled = regex ? pattern(text, ignoreCase) : null;
        Screen screen = pane.terminal().screen();
        for (int row = 0; row < screen.rows(); row++) {
            String line = screen.line(row).plainText();
            boolean found = regex ? compiled != INVALID && compiled.matcher(line).find()
                    : FormatGlob.matches("*" + text + "*", line, ignoreCase);
            if (found) return Integer.toString(row + 1);
        }
        return "0";
    }

    /** An extended regular expression, compiled once; {@link #INVALID} when it does not compile. */
    private static Pattern pattern(String regex, boolean ignoreCase) {
        return PATTERNS.computeIfAbsent((ignoreCase ? 'i' : '-') + regex, key -> {
            try {
                return Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
            } catch (PatternSyntaxException e) {
                return INVALID;
            }
        });
    }
}
