package dev.mux.server.term;

/**
 * A colour packed into 26 bits of an int: two bits of kind (default, palette index, RGB) above
 * 24 bits of value. The default colour is its own kind, so it never collides with palette index 0.
 */
public final class Color {
    public static final int DEFAULT = 0;

    private static final int KIND_SHIFT = 24;
    private static final int VALUE_MASK = 0xFF_FFFF;
    private static final int KIND_PALETTE = 1;
    private static final int KIND_RGB = 2;

    private Color() {
    }

    /** A colour of the 256-colour palette; 0-7 are the ANSI colours, 8-15 their bright forms. */
    public static int palette(int index) {
        return KIND_PALETTE << KIND_SHIFT | (index & 0xFF);
    }

    public static int rgb(int red, int green, int blue) {
        return KIND_RGB << KIND_SHIFT | (red & 0xFF) << 16 | (green & 0xFF) << 8 | (blue & 0xFF);
    }

    public static boolean isDefault(int color) {
        return color == DEFAULT;
    }

    public static boolean isPalette(int color) {
        return color >>> KIND_SHIFT == KIND_PALETTE;
    }

    public static boolean isRgb(int color) {
        return color >>> KIND_SHIFT == KIND_RGB;
    }

    /** The palette index of a palette colour, or the 0xRRGGBB value of an RGB colour. */
    public static int value(int color) {
        return color & VALUE_MASK;
    }
}
