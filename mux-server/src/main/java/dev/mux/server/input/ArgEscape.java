package dev.mux.server.input;

/**
 * How tmux prints one word of a command so that it reads back the same: bare when it can be,
 * else in single quotes, or in double quotes when it holds characters that mean something there
 * ({@code # ' ; $ { } %} or a blank beside a double quote); a single such character is
 * backslashed instead, and control characters are written as C escapes. A {@code $} that would
 * start a variable name ({@code $NAME}, {@code ${NAME}}) is backslashed so that reading the text
 * back does not expand it.
 */
public final class ArgEscape {
    private static final String NEEDS_DOUBLE = " #';${}%";
    private static final String NEEDS_SINGLE = " \"";

    private ArgEscape() {}

    public static String escape(String word) {
        if (word.isEmpty()) return "''";
        char quote = 0;
        if (containsAny(word, NEEDS_DOUBLE)) quote = '"';
        else if (containsAny(word, NEEDS_SINGLE)) quote = '\'';
        if (word.length() == 1 && word.charAt(0) != ' ' && (quote != 0 || word.charAt(0) == '~')) return "\\" + word;
        String visible = visible(word, quote == '"');
        String tilde = visible.startsWith("~") ? "\\" : "";
        return switch (quote) {
            case '\'' -> "'" + visible + "'";
            case '"' -> "\"" + tilde + visible + "\"";
            default -> tilde + visible;
        };
    }

    private static boolean containsAny(String word, String characters) {
        return word.chars().anyMatch(c -> characters.indexOf(c) >= 0);
    }

    /** Printable characters as they are (a backslash doubled, a double quote escaped inside double quotes), others as C escapes. */
    private static String visible(String word, boolean doubleQuoted) {
        StringBuilder out = new StringBuilder();
        int[] codePoints = word.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (c == '$' && i + 1 < codePoints.length && startsVariable(codePoints[i + 1])) {
                out.append("\\$");
            } else if (c >= 0x80) {
                out.appendCodePoint(c);
            } else if (c >= 0x20 && c < 0x7f) {
                if (c == '\\' || (c == '"' && doubleQuoted)) out.append('\\');
                out.append((char) c);
            } else {
                out.append(controlEscape(c));
            }
        }
        return out.toString();
    }

    /** Whether a {@code $} before {@code c} would be read as a variable (a letter, {@code _} or {@code {}). */
    private static boolean startsVariable(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '{';
    }

    private static String controlEscape(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\b' -> "\\b";
            case 7 -> "\\a";
            case 11 -> "\\v";
            case '\t' -> "\\t";
            case '\f' -> "\\f";
            case 0 -> "\\0";
            default -> String.format("\\%03o", c & 0xff);
        };
    }
}
