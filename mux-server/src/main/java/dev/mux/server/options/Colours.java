package dev.mux.server.options;

import dev.mux.server.term.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Colour names as tmux reads them in options and styles, and the one form it prints each in: the
 * eight colours by name or number (0-7), their bright forms (90-97), colourN (or colorN) for the
 * 256-colour palette, #rrggbb, default, terminal, and X11's colour names (shown as #rrggbb).
 */
public final class Colours {
    private static final List<String> BASIC = List.of("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white");
    private static final Pattern RGB = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern DIGITS = Pattern.compile("\\s*[+-]?\\d+");
    private static final int PALETTE_SIZE = 256;
    private static final int BRIGHT_BASE = 90;
    private static final int PERCENT = 100;
    /** grey0 to grey100 run from black to white in steps of 2.55. */
    private static final double GREY_STEP = 2.55;
    private static final int MAX_DIGITS = 9;
    private static final String X11_RESOURCE = "x11-colours.txt";
    /** X11's colour names, lower case, to #rrggbb; read once, when the first name is looked up. */
    private static final Map<String, String> X11 = loadX11();

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
        return byName(text);
    }

    /**
     * A canonical value as a packed {@link Color}, as tmux draws it: the eight names and their bright
     * forms as the ANSI colours (SGR 30-37, 90-97), colourN from the palette, #rrggbb as itself;
     * default, terminal and anything else as the default colour.
     */
    public static int color(String canonical) {
        if (canonical.startsWith("#")) {
            int rgb = Integer.parseInt(canonical.substring(1), 16);
            return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
        }
        if (canonical.startsWith("colour")) return Color.palette(Integer.parseInt(canonical.substring("colour".length())));
        boolean bright = canonical.startsWith("bright");
        int index = BASIC.indexOf(bright ? canonical.substring("bright".length()) : canonical);
        if (index < 0) return Color.DEFAULT;
        return Color.ansi(bright ? index + BASIC.size() : index);
    }

    /** An X11 colour name, or grey/gray followed by a percentage of white, as #rrggbb. */
    private static String byName(String text) {
        if (text.startsWith("grey") || text.startsWith("gray")) {
            String digits = text.substring(4);
            if (digits.isEmpty() || !Character.isDigit(digits.charAt(0))) return "#bebebe";
            int percent = leadingNumber(digits);
            if (percent < 0 || percent > PERCENT) return null;
            int level = (int) Math.round(GREY_STEP * percent);
            return String.format("#%02x%02x%02x", level, level, level);
        }
        return X11.get(text.toLowerCase(Locale.ROOT));
    }

    /** atoi(3): the digits at the start, ignoring what follows. */
    private static int leadingNumber(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end)) && end < MAX_DIGITS) end++;
        return Integer.parseInt(text.substring(0, end));
    }

    private static Map<String, String> loadX11() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = Colours.class.getResourceAsStream(X11_RESOURCE)) {
            if (in == null) throw new IllegalStateException(X11_RESOURCE + " is missing from the class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                int space = line.indexOf(' ');
                names.put(line.substring(space + 1), "#" + line.substring(0, space));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
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
