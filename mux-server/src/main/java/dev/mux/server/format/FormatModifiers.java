package dev.mux.server.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The modifiers before the colon of {@code #{...}}, read as tmux reads them: a {@code ;}-separated
 * list of single letters ({@code l b d n w E T S W P < >}), pairs ({@code || && == != <= >=}) and
 * letters that take arguments ({@code m C N s t = p e q}): one argument written right after the
 * letter ({@code =5}, {@code =-5}) or several between a punctuation character
 * ({@code s/a/b/}, {@code e|+|f|3}). Arguments are expanded as they are read.
 */
final class FormatModifiers {
    /** One modifier: its letters and its arguments. */
    record Modifier(String name, List<String> args) {
        String arg(int index) {
            return index < args.size() ? args.get(index) : null;
        }
    }

    /** The modifiers and the rest of the text after their colon. */
    record Parsed(List<Modifier> modifiers, String rest) {}

    private static final String NO_ARGUMENT = "labcdnwETSWP<>";
    private static final String WITH_ARGUMENTS = "mCNst=peq";
    private static final List<String> PAIRS = List.of("||", "&&", "!=", "==", "<=", ">=");

    private FormatModifiers() {}

    /** The modifiers at the start of {@code key}, or null when it has none (then all of it is the name). */
    static Parsed parse(String key, UnaryOperator<String> expand) {
        List<Modifier> list = new ArrayList<>();
        int i = 0;
        int n = key.length();
        while (i < n && key.charAt(i) != ':') {
            if (key.charAt(i) == ';') i++;
            if (i >= n) break;
            char c = key.charAt(i);
            if (NO_ARGUMENT.indexOf(c) >= 0 && isEnd(key, i + 1)) {
                list.add(new Modifier(String.valueOf(c), List.of()));
                i++;
                continue;
            }
            if (i + 2 <= n && PAIRS.contains(key.substring(i, i + 2)) && isEnd(key, i + 2)) {
                list.add(new Modifier(key.substring(i, i + 2), List.of()));
                i += 2;
                continue;
            }
            if (WITH_ARGUMENTS.indexOf(c) < 0) break;
            if (isEnd(key, i + 1)) {
                list.add(new Modifier(String.valueOf(c), List.of()));
                i++;
                continue;
            }
            char first = i + 1 < n ? key.charAt(i + 1) : '\0';
            if (!isPunctuation(first) || first == '-') {
                int end = FormatSyntax.skip(key, i + 1, ":;");
                if (end < 0) break;
                list.add(new Modifier(String.valueOf(c), List.of(expand.apply(key.substring(i + 1, end)))));
                i = end;
                continue;
            }
            String ends = first + ";:";
            List<String> args = new ArrayList<>();
            i++;
            do {
                if (key.charAt(i) == first && isEnd(key, i + 1)) {
                    i++;
                    break;
                }
                int end = FormatSyntax.skip(key, i + 1, ends);
                if (end < 0) break;
                args.add(expand.apply(key.substring(i + 1, end)));
                i = end;
            } while (!isEnd(key, i));
            list.add(new Modifier(String.valueOf(c), List.copyOf(args)));
        }
        if (i >= n || key.charAt(i) != ':') return null;
        return new Parsed(list, key.substring(i + 1));
    }

    private static boolean isEnd(String key, int index) {
        return index < key.length() && (key.charAt(index) == ';' || key.charAt(index) == ':');
    }

    /** ispunct(3) in the C locale. */
    private static boolean isPunctuation(char c) {
        return c > 0x20 && c < 0x7f && !Character.isLetterOrDigit(c);
    }
}
