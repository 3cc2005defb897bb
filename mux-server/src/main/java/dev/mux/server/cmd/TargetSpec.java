package dev.mux.server.cmd;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A {@code -t}/{@code -s} target split into its parts, following tmux's cmd-find.c, without looking
 * anything up: resolving the parts against the sessions is the dispatcher's job.
 *
 * <p>Splitting: the first {@code ':'} ends the session part; the first {@code '.'} after it (or in the
 * whole text when there is no colon) starts the pane part. Without either separator the text is one
 * part, and what it names depends on what the command wants ({@link Kind}): {@code $3} is always a
 * session, {@code @4} a window and {@code %5} a pane; anything else is a session for a session
 * target, a window for a window target and a pane for a pane target. tmux then retries a window part
 * as a session and a pane part as a window, unless it came after a separator ({@link #windowOnly},
 * {@link #paneOnly}).
 *
 * <p>A part that is null (or was empty in the text) means "the current one". A leading {@code =}
 * asks for an exact name ({@link #exactSession}, {@link #exactWindow}) and is removed. Window and pane
 * tokens such as {@code {last}} or {@code {next}} are mapped to tmux's short forms ({@code !}, {@code +}).
 *
 * @param windowOnly the window part followed a colon, so it must not be retried as a session name
 * @param paneOnly   the pane part followed a period, so it must not be retried as a window
 */
public record TargetSpec(String session, String window, String pane,
                         boolean exactSession, boolean exactWindow,
                         boolean windowOnly, boolean paneOnly) {

    /** What a command's target flag names, which decides how a text without separators is read. */
    public enum Kind { SESSION, WINDOW, PANE }

    private static final Map<String, String> WINDOW_TOKENS = Map.of(
            "{start}", "^", "{last}", "!", "{end}", "$", "{next}", "+", "{previous}", "-");

    private static final Map<String, String> PANE_TOKENS = Map.ofEntries(
            Map.entry("{last}", "!"), Map.entry("{next}", "+"), Map.entry("{previous}", "-"),
            Map.entry("{top}", "top"), Map.entry("{bottom}", "bottom"),
            Map.entry("{left}", "left"), Map.entry("{right}", "right"),
            Map.entry("{top-left}", "top-left"), Map.entry("{top-right}", "top-right"),
            Map.entry("{bottom-left}", "bottom-left"), Map.entry("{bottom-right}", "bottom-right"));

    /** The whole of a null or empty target: every part is the current one. */
    public static final TargetSpec CURRENT = new TargetSpec(null, null, null, false, false, false, false);

    /** Reads {@code text} as a pane target, the most general kind. */
    public static TargetSpec parse(String text) {
        return parse(text, Kind.PANE);
    }

    public static TargetSpec parseSession(String text) {
        return parse(text, Kind.SESSION);
    }

    public static TargetSpec parseWindow(String text) {
        return parse(text, Kind.WINDOW);
    }

    public static TargetSpec parsePane(String text) {
        return parse(text, Kind.PANE);
    }

    public static TargetSpec parse(String text, Kind kind) {
        if (text == null || text.isEmpty()) return CURRENT;
        int colon = text.indexOf(':');
        int period = text.indexOf('.', colon + 1);
        String before = text.substring(0, period >= 0 ? period : text.length());
        String paneText = period >= 0 ? text.substring(period + 1) : null;
        if (colon >= 0) {
            return build(before.substring(0, colon), before.substring(colon + 1), paneText, true, period >= 0);
        }
        if (period >= 0) return build(null, before, paneText, false, true);
        return switch (sigilKind(text, kind)) {
            case SESSION -> build(text, null, null, false, false);
            case WINDOW -> build(null, text, null, false, false);
            case PANE -> build(null, null, text, false, false);
        };
    }

    /** The number after {@code sigil} in an id such as {@code $3}, {@code @4} or {@code %5}. */
    public static OptionalInt parseId(String part, char sigil) {
        if (part == null || part.length() < 2 || part.charAt(0) != sigil) return OptionalInt.empty();
        String digits = part.substring(1);
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) return OptionalInt.empty();
        try {
            return OptionalInt.of(Integer.parseInt(digits));
        } catch (NumberFormatException tooLarge) {
            return OptionalInt.empty();
        }
    }

    /**
     * Finds the one item that {@code pattern} names, as tmux finds a session by name: an exact name
     * first, then a unique name that starts with the pattern, then a unique fnmatch(3) match.
     * Errors: {@code can't find session: foo}, {@code ambiguous session: f}.
     */
    public static <T> T matchName(String pattern, Collection<T> items, Function<T, String> name)
            throws CommandException {
        return matchName("session", pattern, false, items, name);
    }

    /**
     * Like {@link #matchName(String, Collection, Function)} for any noun ("window" for window names,
     * which may repeat: two exact matches are ambiguous). With {@code exactOnly} (a target written
     * with {@code =}) only the exact match is tried.
     */
    public static <T> T matchName(String noun, String pattern, boolean exactOnly, Collection<T> items,
                                  Function<T, String> name) throws CommandException {
        List<T> found = select(items, item -> name.apply(item).equals(pattern));
        if (found.isEmpty() && !exactOnly) found = select(items, item -> name.apply(item).startsWith(pattern));
        if (found.isEmpty() && !exactOnly) found = select(items, item -> fnmatch(pattern, name.apply(item)));
        if (found.isEmpty()) throw new CommandException("can't find " + noun + ": " + pattern);
        if (found.size() > 1) throw new CommandException("ambiguous " + noun + ": " + pattern);
        return found.get(0);
    }

    /**
     * The name a new session gets, as tmux's session_check_name makes it: {@code ':'} and {@code '.'}
     * separate target parts, so they become {@code '_'}; control characters are made visible as C
     * escapes ({@code \n}) or octal ({@code \033}). An empty name stays empty: see {@link #checkSessionName}.
     */
    public static String sanitizeSessionName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case ':', '.' -> out.append('_');
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) out.append(String.format("\\%03o", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** {@link #sanitizeSessionName} that refuses an empty name with tmux's {@code invalid session: }. */
    public static String checkSessionName(String name) throws CommandException {
        if (name.isEmpty()) throw new CommandException("invalid session: " + name);
        return sanitizeSessionName(name);
    }

    private static Kind sigilKind(String text, Kind wanted) {
        return switch (text.charAt(0)) {
            case '$' -> Kind.SESSION;
            case '@' -> Kind.WINDOW;
            case '%' -> Kind.PANE;
            default -> wanted;
        };
    }

    private static TargetSpec build(String session, String window, String pane, boolean windowOnly, boolean paneOnly) {
        boolean exactSession = session != null && session.startsWith("=");
        boolean exactWindow = window != null && window.startsWith("=");
        return new TargetSpec(
                emptyToNull(exactSession ? session.substring(1) : session),
                mapToken(WINDOW_TOKENS, emptyToNull(exactWindow ? window.substring(1) : window)),
                mapToken(PANE_TOKENS, emptyToNull(pane)),
                exactSession, exactWindow, windowOnly, paneOnly);
    }

    private static String emptyToNull(String part) {
        return part == null || part.isEmpty() ? null : part;
    }

    private static String mapToken(Map<String, String> tokens, String part) {
        return part == null ? null : tokens.getOrDefault(part, part);
    }

    private static <T> List<T> select(Collection<T> items, Predicate<T> test) {
        List<T> selected = new ArrayList<>();
        for (T item : items) {
            if (test.test(item)) selected.add(item);
        }
        return selected;
    }

    /**
     * fnmatch(3) with no flags, which is what tmux uses for names: {@code *}, {@code ?}, bracket
     * expressions with ranges and {@code !}/{@code ^} negation, and backslash escapes.
     */
    static boolean fnmatch(String pattern, String text) {
        return fnmatch(pattern, 0, text, 0);
    }

    private static boolean fnmatch(String pattern, int p, String text, int t) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                while (p < pattern.length() && pattern.charAt(p) == '*') p++;
                if (p == pattern.length()) return true;
                for (int from = t; from <= text.length(); from++) {
                    if (fnmatch(pattern, p, text, from)) return true;
                }
                return false;
            }
            if (t == text.length()) return false;
            if (c == '?') {
                p++;
            } else if (c == '[' && bracketEnd(pattern, p) > 0) {
                int end = bracketEnd(pattern, p);
                if (!bracketMatches(pattern.substring(p + 1, end), text.charAt(t))) return false;
                p = end + 1;
            } else {
                if (c == '\\' && p + 1 < pattern.length()) c = pattern.charAt(++p);
                if (c != text.charAt(t)) return false;
                p++;
            }
            t++;
        }
        return t == text.length();
    }

    /** Index of the {@code ]} closing the bracket expression at {@code open}, or -1: then '[' is literal. */
    private static int bracketEnd(String pattern, int open) {
        int i = open + 1;
        if (i < pattern.length() && (pattern.charAt(i) == '!' || pattern.charAt(i) == '^')) i++;
        if (i < pattern.length() && pattern.charAt(i) == ']') i++;
        while (i < pattern.length() && pattern.charAt(i) != ']') i++;
        return i < pattern.length() ? i : -1;
    }

    private static boolean bracketMatches(String set, char c) {
        boolean negate = !set.isEmpty() && (set.charAt(0) == '!' || set.charAt(0) == '^');
        int i = negate ? 1 : 0;
        boolean matched = false;
        while (i < set.length()) {
            char low = set.charAt(i);
            if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                matched |= c >= low && c <= set.charAt(i + 2);
                i += 3;
            } else {
                matched |= c == low;
                i++;
            }
        }
        return matched != negate;
    }
}
