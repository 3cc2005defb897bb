package dev.mux.server.clock;

/**
 * The large characters of clock mode (and of display-panes), five cells by five, as tmux draws them; each is drawn six
 * cells after the one before (a blank column between), and a space only moves on.
 */
public final class ClockGlyphs {
    /** A lit cell in the pictures below. */
    public static final char LIT = '#';
    /** Cells from one character to the next, across; a clock needs as many rows. */
    public static final int ADVANCE = 6;

    private static final String DIGITS = "0123456789";
    private static final String[][] DIGIT_GLYPHS = {
        {"#####", "#...#", "#...#", "#...#", "#####"},
        {"....#", "....#", "....#", "....#", "....#"},
        {"#####", "....#", "#####", "#....", "#####"},
        {"#####", "....#", "#####", "....#", "#####"},
        {"#...#", "#...#", "#####", "....#", "....#"},
        {"#####", "#....", "#####", "....#", "#####"},
        {"#####", "#....", "#####", "#...#", "#####"},
        {"#####", "....#", "....#", "....#", "....#"},
        {"#####", "#...#", "#####", "#...#", "#####"},
        {"#####", "#...#", "#####", "....#", "#####"},
    };
    private static final String[] COLON = {".....", "..#..", ".....", "..#..", "....."};
    private static final String[] A = {"#####", "#...#", "#####", "#...#", "#...#"};
    private static final String[] P = {"#####", "#...#", "#####", "#....", "#...."};
    private static final String[] M = {"#...#", "##.##", "#.#.#", "#...#", "#...#"};

    private ClockGlyphs() {}

    /** The picture of {@code c}, rows from the top; null for a character drawn as a gap (a space). */
    public static String[] of(char c) {
        int digit = DIGITS.indexOf(c);
        if (digit >= 0) return DIGIT_GLYPHS[digit];
        return switch (c) {
            case ':' -> COLON;
            case 'A' -> A;
            case 'P' -> P;
            case 'M' -> M;
            default -> null;
        };
    }
}
