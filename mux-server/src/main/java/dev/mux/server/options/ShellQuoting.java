package dev.mux.server.options;

import java.nio.charset.StandardCharsets;

/**
 * How show-options prints a string value so that it reads back as the same word: as tmux does,
 * double quotes if it has a blank or one of {@code #';$}{%}, else single quotes if it has a double
 * quote, else bare; an empty value is {@code ''}, a lone special character is backslashed, and
 * inside, backslashes, double quotes (in double quotes), {@code $} before a name, tabs, newlines and
 * other control characters are escaped C-style or in octal.
 */
public final class ShellQuoting {
    private static final String DOUBLE_QUOTED = " #';${}%";
    private static final String SINGLE_QUOTED = " \"";

    private ShellQuoting() {
    }

    public static String quote(String value) {
        if (value.isEmpty()) return "''";
        char quotes = 0;
        if (containsAny(value, DOUBLE_QUOTED)) {
            quotes = '"';
        } else if (containsAny(value, SINGLE_QUOTED)) {
            quotes = '\'';
        }
        if (value.length() == 1 && value.charAt(0) != ' ' && (quotes != 0 || value.charAt(0) == '~')) {
            return "\\" + value;
        }
        String escaped = escape(value, quotes == '"');
        String tilde = escaped.startsWith("~") ? "\\" : "";
        if (quotes == '\'') return "'" + escaped + "'";
        if (quotes == '"') return "\"" + tilde + escaped + "\"";
        return tilde + escaped;
    }

    private static boolean containsAny(String value, String characters) {
        for (int i = 0; i < value.length(); i++) {
            if (characters.indexOf(value.charAt(i)) >= 0) return true;
        }
        return false;
    }

    private static String escape(String value, boolean inDoubleQuotes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
            if (c == '$' && next != 0) {
                if (Character.isLetter(next) && next < 0x80 || next == '_' || next == '{') out.append('\\');
                out.append('$');
            } else if (c >= 0x80 || c >= ' ' && c < 0x7f) {
                if (c == '\\' || c == '"' && inDoubleQuotes) out.append('\\');
                out.append(c);
            } else {
                out.append(control(c));
            }
        }
        return out.toString();
    }

    private static String control(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\b' -> "\\b";
            case 0x07 -> "\\a";
            case 0x0b -> "\\v";
            case '\t' -> "\\t";
            case '\f' -> "\\f";
            default -> octal(c);
        };
    }

    private static String octal(char c) {
        StringBuilder out = new StringBuilder();
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
            out.append('\\').append(String.format("%03o", b & 0xff));
        }
        return out.toString();
    }
}
