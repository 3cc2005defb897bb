package dev.mux.server.format;

/** The pieces of format syntax every part of the expansion needs: finding an end, splitting at a comma, truth. */
final class FormatSyntax {
    /** Characters that a # before them escapes. */
    private static final String ESCAPED = ",#{}:";

    private FormatSyntax() {}

    /**
     * The index of the first of {@code ends} at or after {@code from} that is outside any nested
     * {@code #{...}} and not escaped by a #; -1 when there is none.
     */
    static int skip(String text, int from, String ends) {
        int brackets = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
            if (c == '#' && next == '{') brackets++;
            if (c == '#' && next != '\0' && ESCAPED.indexOf(next) >= 0) {
                i++;
                continue;
            }
            if (c == '}') brackets--;
            if (ends.indexOf(c) >= 0 && brackets == 0) return i;
        }
        return -1;
    }

    /** {@code text} split at its first top-level comma into two, or null when it has none. */
    static String[] choose(String text) {
        int comma = skip(text, 0, ",");
        if (comma < 0) return null;
        return new String[] {text.substring(0, comma), text.substring(comma + 1)};
    }

    /** tmux's truth: not empty and not "0". */
    static boolean isTrue(String value) {
        return value != null && !value.isEmpty() && !value.equals("0");
    }

    /** {@code text} without the #s that escape {@code , # { } :}, except inside nested formats. */
    static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int brackets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
            if (c == '#' && next == '{') brackets++;
            if (c == '#' && next != '\0' && ESCAPED.indexOf(next) >= 0) {
                if (brackets != 0) out.append(c);
                continue;
            }
            if (c == '}') brackets--;
            out.append(c);
        }
        return out.toString();
    }
}
