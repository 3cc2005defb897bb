package dev.mux.server.options;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Colour names as tmux reads them in options and styles, and the one form it prints each in: the
 * eight colours by name or number (0-7), their bright forms (90-97), colourN (or colorN) for the
 * 256-colour palette, #rrggbb, default and terminal.
 */
public final class Colours {
    private static final List<String> BASIC = List.of("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white");
    private static final Pattern RGB = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern DIGITS = Pattern.compile("\\s*[+-]?\\d+");
    private static final int PALETTE_SIZE = 256;
    private static final int BRIGHT_BASE = 90;

    private Colours() {
    }

    /** The printed form of the colour {@code text} names, or null if it names none. */
    public static String canonical(String text) {
        if (RGB.matcher(text).matches()) return text.toLowerCase(Locale.ROOT);
        String lower = text.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("colour", "color")) {
            if (lower.startsWith(prefix)) return palette(text.substring(prefix.length()));
        }
        if (lower.equals("default") || lower.equals("terminal")) return lower;
        for (int i = 0; i < BASIC.size(); i++) {
            if (lower.equals(BASIC.get(i)) || text.equals(Integer.toString(i))) return BASIC.get(i);
            if (lower.equals("bright" + BASIC.get(i)) || text.equals(Integer.toString(BRIGHT_BASE + i))) {
                return "bright" + BASIC.get(i);
            }
        }
        return null;
    }

    private static String palette(String number) {
        if (!DIGITS.matcher(number).matches()) return null;
        try {
            int index = Integer.parseInt(number.strip());
            return index >= 0 && index < PALETTE_SIZE ? "colour" + index : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
