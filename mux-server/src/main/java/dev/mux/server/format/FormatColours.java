package dev.mux.server.format;

import java.util.List;
import java.util.Locale;

/** {@code c:}: a colour as tmux names it (a name, {@code colourN}, {@code #rrggbb}) in six hexadecimal digits. */
public final class FormatColours {
    private static final List<String> NAMES =
            List.of("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white");
    /** The first sixteen colours as tmux's 256-colour table has them. */
    private static final int[] SIXTEEN = {0x000000, 0x800000, 0x008000, 0x808000, 0x000080, 0x800080, 0x008080,
        0xc0c0c0, 0x808080, 0xff0000, 0x00ff00, 0xffff00, 0x0000ff, 0xff00ff, 0x00ffff, 0xffffff};
    private static final int[] CUBE = {0x00, 0x5f, 0x87, 0xaf, 0xd7, 0xff};

    private FormatColours() {}

    /** Six hex digits of the colour's RGB value; empty for a colour with none (default, terminal, unknown). */
    public static String hex(String name) {
        int rgb = rgb(name);
        return rgb < 0 ? "" : String.format("%06x", rgb);
    }

    private static int rgb(String name) {
        if (name.length() == 7 && name.charAt(0) == '#') {
            try {
                return Integer.parseInt(name.substring(1), 16);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("colour", "color")) {
            if (lower.startsWith(prefix)) {
                int n = number(name.substring(prefix.length()));
                return n >= 0 && n <= 255 ? palette(n) : -1;
            }
        }
        int index = NAMES.indexOf(lower);
        if (index >= 0) return palette(index);
        if (lower.startsWith("bright") && NAMES.contains(lower.substring(6))) {
            return palette(8 + NAMES.indexOf(lower.substring(6)));
        }
        int n = number(name);
        if (n >= 0 && n <= 7 && name.length() == 1) return palette(n);
        if (n >= 90 && n <= 97 && name.length() == 2) return palette(8 + n - 90);
        return -1;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The RGB value of 256-colour palette entry {@code n}. */
    static int palette(int n) {
        if (n < 16) return SIXTEEN[n];
        if (n >= 232) {
            int grey = 8 + (n - 232) * 10;
            return grey << 16 | grey << 8 | grey;
        }
        int cube = n - 16;
        return CUBE[cube / 36] << 16 | CUBE[cube / 6 % 6] << 8 | CUBE[cube % 6];
    }
}
