package dev.mux.server.options;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a text reads as a tmux style: words split by blanks or commas, each one of default,
 * ignore, push-default, pop-default, fg=/bg=/fill= a colour, align=, list=, range=, their no- forms,
 * none, or an attribute (bold, dim, underscore, ... and several joined by |) or its no form.
 * This only checks; drawing with a style is the renderer's.
 */
public final class StyleCheck {
    private static final String DELIMITERS = " ,\n";
    private static final int LONGEST_WORD = 255;
    private static final Set<String> ATTRIBUTES = Set.of("acs", "bright", "bold", "dim", "underscore", "blink",
            "reverse", "hidden", "italics", "strikethrough", "double-underscore", "curly-underscore",
            "dotted-underscore", "dashed-underscore", "overline");
    private static final Set<String> WORDS = Set.of("default", "ignore", "noignore", "push-default", "pop-default",
            "nolist", "norange", "noalign", "none");
    private static final Set<String> LISTS = Set.of("on", "focus", "left-marker", "right-marker");
    private static final Set<String> ALIGNS = Set.of("left", "centre", "right", "absolute-centre");

    private StyleCheck() {
    }

    public static boolean isStyle(String text) {
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && DELIMITERS.indexOf(text.charAt(i)) >= 0) i++;
            int end = i;
            while (end < text.length() && DELIMITERS.indexOf(text.charAt(end)) < 0) end++;
            if (end == i) break;
            if (end - i > LONGEST_WORD || !isWord(text.substring(i, end))) return false;
            i = end;
        }
        return true;
    }

    private static boolean isWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (WORDS.contains(lower)) return true;
        if (lower.startsWith("list=")) return LISTS.contains(lower.substring(5));
        if (lower.startsWith("range=") && word.length() > 6) return isRange(lower.substring(6));
        if (lower.startsWith("align=") && word.length() > 6) return ALIGNS.contains(lower.substring(6));
        if (lower.startsWith("fill=") && word.length() > 5) return Colours.canonical(word.substring(5)) != null;
        if (word.length() > 3 && lower.startsWith("g=", 1)) {
            return (lower.charAt(0) == 'f' || lower.charAt(0) == 'b') && Colours.canonical(word.substring(3)) != null;
        }
        if (word.length() > 2 && lower.startsWith("no")) return isAttributes(lower.substring(2));
        return isAttributes(lower);
    }

    /** left, right, or window|N; tmux lets other names pass unchecked. */
    private static boolean isRange(String range) {
        int bar = range.indexOf('|');
        String kind = bar < 0 ? range : range.substring(0, bar);
        if (bar >= 0) {
            String argument = range.substring(bar + 1);
            if (argument.isEmpty() || !argument.chars().allMatch(Character::isDigit)) return false;
        }
        if (kind.equals("left") || kind.equals("right")) return bar < 0;
        if (kind.equals("window")) return bar >= 0;
        return true;
    }

    /** One attribute, or several joined by |, or default/none. */
    private static boolean isAttributes(String text) {
        if (text.isEmpty() || text.endsWith("|")) return false;
        if (text.equals("default") || text.equals("none")) return true;
        List<String> names = List.of(text.split("\\|+", -1));
        return names.stream().allMatch(ATTRIBUTES::contains);
    }
}
