package dev.mux.server.options;

import dev.mux.server.term.Color;
import java.util.List;
import java.util.Locale;

/**
 * Colour option values as tmux 3.3a reads and prints them: the eight names (or 0-7), their bright
 * forms (or 90-97), {@code colourN} / {@code colorN} of the 256-colour palette, {@code #rrggbb},
 * and {@code default} / {@code terminal}. X11 colour names, which tmux also knows, are not read.
 */
public final class Colours {
    private static final List<String> NAMES = List.of("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white");
    private static final String BRIGHT = "bright";
    /** The SGR number of the first bright colour, which tmux also takes as its name. */
    private static final int FIRST_BRIGHT_SGR = 90;
    private static final int PALETTE_SIZE = 256;

    private Colours() {}

    /** The value as show-options prints it ({@code color3} is {@code colour3}, {@code 3} is {@code yellow}). */
    static String canonical(String text) throws OptionException {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() == 7 && lower.startsWith("#") && lower.substring(1).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return lower;
        }
        for (String prefix : List.of("colour", "color")) {
            if (lower.startsWith(prefix)) return "colour" + paletteIndex(text, lower.substring(prefix.length()));
        }
        if (lower.equals("default") || lower.equals("terminal")) return lower;
        if (text.length() == 1 && text.charAt(0) >= '0' && text.charAt(0) < '0' + NAMES.size()) return NAMES.get(text.charAt(0) - '0');
        if (text.length() == 2 && text.charAt(0) == '9' && text.charAt(1) >= '0' && text.charAt(1) < '0' + NAMES.size()) {
            return BRIGHT + NAMES.get(text.charAt(1) - '0');
        }
        String base = lower.startsWith(BRIGHT) ? lower.substring(BRIGHT.length()) : lower;
        if (NAMES.contains(base)) return lower;
        throw new OptionException("bad colour: " + text);
    }

    private static int paletteIndex(String text, String digits) throws OptionException {
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
            throw new OptionException("bad colour: " + text);
        }
        int index = Integer.parseInt(digits);
        if (index >= PALETTE_SIZE) throw new OptionException("bad colour: " + text);
        return index;
    }

    /** A canonical value as a packed {@link Color}: names as the ANSI colours tmux writes them (SGR 30-37, 90-97). */
    public static int color(String canonical) {
        if (canonical.startsWith("#")) {
            int rgb = Integer.parseInt(canonical.substring(1), 16);
            return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
        }
        if (canonical.startsWith("colour")) return Color.palette(Integer.parseInt(canonical.substring("colour".length())));
        boolean bright = canonical.startsWith(BRIGHT);
        int index = NAMES.indexOf(bright ? canonical.substring(BRIGHT.length()) : canonical);
        if (index < 0) return Color.DEFAULT;
        return Color.ansi(bright ? index + NAMES.size() : index);
    }
}
