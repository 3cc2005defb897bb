package dev.mux.server.term;

/**
 * Everything about how a cell looks, packed into one long so a line stores its styles in a
 * {@code long[]}: foreground colour (bits 0-25), background colour (26-51), eight attribute flags
 * (52-59), underline style (60-62) and the DEC special graphics charset flag (63).
 *
 * <p>The charset flag keeps the ASCII byte the program sent (as tmux does, so captured text
 * matches tmux's); whoever draws the cell translates it with {@link DecSpecialGraphics}.
 */
public final class Style {
    /** Default colours, no attributes. */
    public static final long DEFAULT = 0L;

    public static final long BOLD = 1L << 52;
    public static final long DIM = 1L << 53;
    public static final long ITALIC = 1L << 54;
    public static final long BLINK = 1L << 55;
    public static final long REVERSE = 1L << 56;
    public static final long INVISIBLE = 1L << 57;
    public static final long STRIKETHROUGH = 1L << 58;
    public static final long OVERLINE = 1L << 59;
    public static final long DEC_GRAPHICS = 1L << 63;

    /** Underline styles as SGR 4:n numbers them. */
    public static final int UNDERLINE_NONE = 0;
    public static final int UNDERLINE_SINGLE = 1;
    public static final int UNDERLINE_DOUBLE = 2;
    public static final int UNDERLINE_CURLY = 3;
    public static final int UNDERLINE_DOTTED = 4;
    public static final int UNDERLINE_DASHED = 5;

    private static final int COLOR_BITS = 26;
    private static final long COLOR_MASK = (1L << COLOR_BITS) - 1;
    private static final int BG_SHIFT = COLOR_BITS;
    private static final int UNDERLINE_SHIFT = 60;
    private static final long UNDERLINE_MASK = 7L << UNDERLINE_SHIFT;

    private Style() {
    }

    public static int foreground(long style) {
        return (int) (style & COLOR_MASK);
    }

    public static int background(long style) {
        return (int) (style >>> BG_SHIFT & COLOR_MASK);
    }

    public static int underline(long style) {
        return (int) ((style & UNDERLINE_MASK) >>> UNDERLINE_SHIFT);
    }

    public static boolean has(long style, long flag) {
        return (style & flag) != 0;
    }

    public static long withForeground(long style, int color) {
        return style & ~COLOR_MASK | (color & COLOR_MASK);
    }

    public static long withBackground(long style, int color) {
        return style & ~(COLOR_MASK << BG_SHIFT) | (color & COLOR_MASK) << BG_SHIFT;
    }

    /** Sets an underline style; values outside 0-5 are kept in range rather than corrupting colours. */
    public static long withUnderline(long style, int underline) {
        long clamped = Math.max(UNDERLINE_NONE, Math.min(UNDERLINE_DASHED, underline));
        return style & ~UNDERLINE_MASK | clamped << UNDERLINE_SHIFT;
    }

    public static long with(long style, long flag, boolean on) {
        return on ? style | flag : style & ~flag;
    }

    /**
     * The style of cells cleared by erase operations: only the background survives, as in tmux
     * and xterm (background colour erase).
     */
    public static long erased(long style) {
        return withBackground(DEFAULT, background(style));
    }
}
