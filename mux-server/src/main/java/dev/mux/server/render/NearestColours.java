package dev.mux.server.render;

/**
 * The nearest colour a terminal with fewer colours can show, as tmux 3.3a chooses it: a 24-bit
 * colour becomes the nearest of the 256-colour palette's 6x6x6 cube or grey ramp (its
 * colour_find_rgb), and a palette colour becomes one of the 16 ANSI colours by a fixed table (its
 * colour_256to16; {@code TmuxColourDowngradeTest} draws every colour through tmux to hold it).
 */
final class NearestColours {
    /** The six levels of each component of the 6x6x6 cube (palette colours 16-231). */
    private static final int[] CUBE_LEVELS = {0x00, 0x5f, 0x87, 0xaf, 0xd7, 0xff};
    private static final int CUBE_BASE = 16;
    private static final int GREY_BASE = 232;
    /** The 16-colour index of each palette colour, one hex digit each. */
    private static final String TO_16 =
        "0123456789abcdef" + "0444cc2644cc2264" + "cc2226ccaaaaecaa" + "aaae1544cc3844cc"
        + "2264cc2226ccaaaa" + "ecaaaaae1154cc11" + "54cc3384cc2226cc" + "aaaaecaaaaae1115"
        + "cc1115cc1115cc33" + "37ccaaaaecaaaaae" + "9999dc9999dc9999" + "dc9999dcbbbb7caa"
        + "aaae99999d99999d" + "99999d99999d9999" + "9dbbbbbf00000088" + "8888777777ffffff";

    private NearestColours() {
    }

    /** The first sixteen colours as tmux's 256-colour table has them. */
    private static final int[] SIXTEEN = {0x000000, 0x800000, 0x008000, 0x808000, 0x000080, 0x800080, 0x008080,
        0xc0c0c0, 0x808080, 0xff0000, 0x00ff00, 0xffff00, 0x0000ff, 0xff00ff, 0x00ffff, 0xffffff};

    /** The {@code 0xRRGGBB} of palette entry {@code index}, as tmux's colour_256toRGB gives it. */
    static int rgb(int index) {
        int n = index & 0xff;
        if (n < 16) return SIXTEEN[n];
        if (n >= GREY_BASE) {
            int grey = 8 + (n - GREY_BASE) * 10;
            return grey << 16 | grey << 8 | grey;
        }
        int cube = n - CUBE_BASE;
        return CUBE_LEVELS[cube / 36] << 16 | CUBE_LEVELS[cube / 6 % 6] << 8 | CUBE_LEVELS[cube % 6];
    }

    /** The palette index nearest to {@code 0xRRGGBB}. */
    static int palette(int rgb) {
        int red = rgb >> 16 & 0xff;
        int green = rgb >> 8 & 0xff;
        int blue = rgb & 0xff;
        int qr = cubeLevel(red);
        int qg = cubeLevel(green);
        int qb = cubeLevel(blue);
        int cube = CUBE_BASE + 36 * qr + 6 * qg + qb;
        int cr = CUBE_LEVELS[qr];
        int cg = CUBE_LEVELS[qg];
        int cb = CUBE_LEVELS[qb];
        if (cr == red && cg == green && cb == blue) return cube;
        int average = (red + green + blue) / 3;
        int greyIndex = average > 238 ? 23 : (average - 3) / 10;
        int grey = 8 + 10 * greyIndex;
        boolean greyCloser = distance(grey, grey, grey, red, green, blue) < distance(cr, cg, cb, red, green, blue);
        return greyCloser ? GREY_BASE + greyIndex : cube;
    }

    /** The ANSI colour (0-15) standing in for palette colour {@code index}. */
    static int ansi(int index) {
        return Character.digit(TO_16.charAt(index & 0xff), 16);
    }

    private static int cubeLevel(int component) {
        if (component < 48) return 0;
        if (component < 114) return 1;
        return (component - 35) / 40;
    }

    private static int distance(int r1, int g1, int b1, int r2, int g2, int b2) {
        return (r1 - r2) * (r1 - r2) + (g1 - g2) * (g1 - g2) + (b1 - b2) * (b1 - b2);
    }
}
