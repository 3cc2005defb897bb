package dev.mux.server.outer;

/**
 * Text forms of terminfo strings: the padding a compiled entry may hold, and the backslash escapes
 * of a value in terminal-overrides (decoded as strunvis(3) does, so {@code \E} is ESC).
 */
final class TerminfoStrings {
    private TerminfoStrings() {
    }

    /** The string without {@code $<...>} padding delays. */
    static String withoutPadding(String value) {
        if (value.indexOf('$') < 0) return value;
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '$' && i + 1 < value.length() && value.charAt(i + 1) == '<') {
                int end = value.indexOf('>', i);
                if (end < 0) break;
                i = end;
                continue;
            }
            out.append(value.charAt(i));
        }
        return out.toString();
    }

    /**
     * Decodes {@code \E}, {@code \a}, {@code \n} and the like, octal {@code \033}, {@code \^X}
     * controls and {@code \M-x} meta; a value with an escape unvis does not know is kept as written
     * (as tmux keeps it when strunvis fails).
     */
    static String unescape(String value) {
        if (value.indexOf('\\') < 0) return value;
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i >= value.length()) return value;
            char e = value.charAt(i++);
            boolean meta = false;
            if (e == 'M') {
                if (i + 1 >= value.length()) return value;
                char kind = value.charAt(i++);
                if (kind == '-') {
                    out.append((char) (value.charAt(i++) | 0x80));
                    continue;
                }
                if (kind != '^') return value;
                meta = true;
                e = '^';
            }
            if (e == '^') {
                if (i >= value.length()) return value;
                char x = value.charAt(i++);
                int control = x == '?' ? 0x7f : x & 0x1f;
                out.append((char) (meta ? control | 0x80 : control));
                continue;
            }
            if (e >= '0' && e <= '7') {
                int octal = e - '0';
                for (int digits = 1; digits < 3 && i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '7'; digits++) {
                    octal = octal * 8 + value.charAt(i++) - '0';
                }
                out.append((char) (octal & 0xff));
                continue;
            }
            switch (e) {
                case '\\' -> out.append('\\');
                case 'E' -> out.append('\033');
                case 'a' -> out.append('\007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 's' -> out.append(' ');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\013');
                case '\n', '$' -> { }
                default -> {
                    return value;
                }
            }
        }
        return out.toString();
    }
}
