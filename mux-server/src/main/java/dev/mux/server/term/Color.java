package dev.mux.server.term;

/**
 * A colour packed into 26 bits of an int: two bits of kind (default, ANSI colour, palette index,
 * RGB) above 24 bits of value. The default colour is its own kind, so it never collides with
 * palette index 0. ANSI colours (SGR 30-37, 90-97 and their backgrounds) are kept apart from the
 * same indexes chosen from the 256-colour palette ({@code 38;5;n}), as tmux keeps them: they are
 * written back differently.
 */
public final class Color {
    public static final int DEFAULT = 0;

    private static final int KIND_SHIFT = 24;
    private static final int VALUE_MASK = 0xFF_FFFF;
    private static final int KIND_PALETTE = 1;
    private static final int KIND_RGB = 2;
    private static final int KIND_ANSI = 3;

    private Color() {
    }

    /** A colour of the 256-colour palette, as {@code 38;5;n} chooses it. */
    public static int palette(int index) {
        return KIND_PALETTE << KIND_SHIFT | (index & 0xFF);
    }

    /** One of the 16 ANSI colours: 0-7 as SGR 30-37 choose them, 8-15 their bright forms (SGR 90-97). */
    public static int ansi(int index) {
        return KIND_ANSI << KIND_SHIFT | (index & 0xF);
    }

    public static int rgb(int red, int green, int blue) {
        return KIND_RGB << KIND_SHIFT | (red & 0xFF) << 16 | (green & 0xFF) << 8 | (blue & 0xFF);
    }

    public static boolean isPalette(int color) {
        return color >>> KIND_SHIFT == KIND_PALETTE;
    }

    public static boolean isAnsi(int color) {
        return color >>> KIND_SHIFT == KIND_ANSI;
    }

    public static boolean isRgb(int color) {
        return color >>> KIND_SHIFT == KIND_RGB;
    }

    /** The index of an ANSI or palette colour, or the 0xRRGGBB value of an RGB colour. */
    public static int value(int color) {
        return color & VALUE_MASK;
    }
}
