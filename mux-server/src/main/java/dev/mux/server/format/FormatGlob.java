package dev.mux.server.format;

/**
 * fnmatch(3) with no flags but FNM_CASEFOLD, as {@code m:} and {@code C:} use it: {@code *},
 * {@code ?}, bracket expressions ({@code [a-z]}, {@code [!x]}, {@code [^x]}) and backslash escapes,
 * matched directly with no regular expression built.
 */
final class FormatGlob {
    private FormatGlob() {}

    static boolean matches(String pattern, String text, boolean ignoreCase) {
        return match(pattern, 0, text, 0, ignoreCase);
    }

    private static boolean match(String p, int pi, String t, int ti, boolean fold) {
        int starP = -1;
        int starT = -1;
        while (ti < t.length()) {
            if (pi < p.length()) {
                char c = p.charAt(pi);
                if (c == '*') {
                    starP = ++pi;
                    starT = ti;
                    continue;
                }
                int next = single(p, pi, t.charAt(ti), fold);
                if (next >= 0) {
                    pi = next;
                    ti++;
                    continue;
                }
            }
            if (starP < 0) return false;
            pi = starP;
            ti = ++starT;
        }
        while (pi < p.length() && p.charAt(pi) == '*') pi++;
        return pi == p.length();
    }

    /** Where the pattern goes on after its element at {@code pi} matched {@code c}; -1 when it does not. */
    private static int single(String p, int pi, char c, boolean fold) {
        char first = p.charAt(pi);
        if (first == '?') return pi + 1;
        if (first == '[') {
            int end = bracketEnd(p, pi);
            if (end > 0) return inBracket(p, pi + 1, end, c, fold) ? end + 1 : -1;
        }
        if (first == '\\' && pi + 1 < p.length()) return same(p.charAt(pi + 1), c, fold) ? pi + 2 : -1;
        return same(first, c, fold) ? pi + 1 : -1;
    }

    /** The index of the ] that closes the bracket at {@code open}, or -1 (then [ is an ordinary character). */
    private static int bracketEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) i++;
        if (i < p.length() && p.charAt(i) == ']') i++;
        while (i < p.length() && p.charAt(i) != ']') i++;
        return i < p.length() ? i : -1;
    }

    private static boolean inBracket(String p, int from, int end, char c, boolean fold) {
        boolean negate = p.charAt(from) == '!' || p.charAt(from) == '^';
        int i = negate ? from + 1 : from;
        boolean found = false;
        boolean firstItem = true;
        while (i < end) {
            char low = p.charAt(i);
            if (low == ']' && !firstItem) break;
            firstItem = false;
            if (i + 2 < end && p.charAt(i + 1) == '-') {
                char high = p.charAt(i + 2);
                if (between(c, low, high) || fold && (between(Character.toLowerCase(c), low, high)
                        || between(Character.toUpperCase(c), low, high))) found = true;
                i += 3;
            } else {
                if (same(low, c, fold)) found = true;
                i++;
            }
        }
        return found != negate;
    }

    private static boolean between(char c, char low, char high) {
        return c >= low && c <= high;
    }

    private static boolean same(char a, char b, boolean fold) {
        return a == b || fold && Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
