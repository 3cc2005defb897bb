package dev.mux.server.term;

/**
 * The DEC special graphics character set (designated with {@code ESC ( 0}): line-drawing and a few
 * symbols in place of ASCII 0x5f-0x7e, mapped to their Unicode equivalents as xterm draws them.
 */
public final class DecSpecialGraphics {
    private static final int FIRST = 0x5f;
    private static final String GLYPHS =
        "\u00a0\u25c6\u2592\u2409\u240c\u240d\u240a\u00b0\u00b1\u2424\u240b\u2518\u2510\u250c\u2514"
        + "\u253c\u23ba\u23bb\u2500\u23bc\u23bd\u251c\u2524\u2534\u252c\u2502\u2264\u2265\u03c0\u2260"
        + "\u00a3\u00b7";

    private DecSpecialGraphics() {
    }

    /** The Unicode code point drawn for an ASCII code point in the DEC graphics set. */
    public static int toUnicode(int codePoint) {
        int index = codePoint - FIRST;
        return index >= 0 && index < GLYPHS.length() ? GLYPHS.charAt(index) : codePoint;
    }
}
