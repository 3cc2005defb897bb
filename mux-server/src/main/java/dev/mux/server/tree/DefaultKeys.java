package dev.mux.server.tree;

/** The keys tmux gives a tree's lines by default: the first ten 0 to 9, the next 26 M-a to M-z. */
public final class DefaultKeys {
    private static final int DIGITS = 10;
    private static final int LETTERS = 26;

    private DefaultKeys() {}

    /** The key name of line {@code line} (from 0), or null past the 36th. */
    public static String forLine(int line) {
        if (line < 0) return null;
        if (line < DIGITS) return Integer.toString(line);
        if (line < DIGITS + LETTERS) return "M-" + (char) ('a' + line - DIGITS);
        return null;
    }
}
