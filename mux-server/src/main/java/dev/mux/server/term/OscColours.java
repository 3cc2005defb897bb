package dev.mux.server.term;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A colour a program names in an OSC (the cursor colour of OSC 12), read as tmux 3.3a reads it:
 * {@code rgb:rr/gg/bb} and {@code #rrggbb}, their four-digit forms (of which the high two digits
 * count), {@code r,g,b} in decimal, {@code cmyk:c/m/y/k} and {@code cmy:c/m/y} with fractions from
 * 0 to 1, and X11's colour names (any case, blanks around ignored; greyN and grayN are N percent
 * white). Other X11 forms (rgbi:, CIE spaces) are no colour, as in tmux, which then keeps the colour
 * it had.
 */
public final class OscColours {
    /** What {@link #parse} answers for a spec that is no colour. */
    public static final int NONE = -1;
    /** The X11 names, kept with the colour options' (one list for both). */
    private static final String X11_RESOURCE = "/dev/mux/server/options/x11-colours.txt";
    private static final Pattern SHORT_RGB = Pattern.compile("rgb:(\\p{XDigit}{2})/(\\p{XDigit}{2})/(\\p{XDigit}{2})");
    private static final Pattern LONG_RGB = Pattern.compile("rgb:(\\p{XDigit}{4})/(\\p{XDigit}{4})/(\\p{XDigit}{4})");
    private static final Pattern SHORT_HASH = Pattern.compile("#(\\p{XDigit}{2})(\\p{XDigit}{2})(\\p{XDigit}{2})");
    private static final Pattern LONG_HASH = Pattern.compile("#(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})");
    /** Three decimal numbers and anything after, as scanf reads "%d,%d,%d"; each is taken modulo 256. */
    private static final Pattern DECIMAL = Pattern.compile("\\s*([+-]?\\d{1,9}),\\s*([+-]?\\d{1,9}),\\s*([+-]?\\d{1,9}).*",
            Pattern.DOTALL);
    private static final String FRACTION = "\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)";
    private static final Pattern CMYK = Pattern.compile("cmyk:" + FRACTION + "/" + FRACTION + "/" + FRACTION + "/" + FRACTION + ".*",
            Pattern.DOTALL);
    private static final Pattern CMY = Pattern.compile("cmy:" + FRACTION + "/" + FRACTION + "/" + FRACTION + ".*", Pattern.DOTALL);
    private static final int FULL = 255;
    /** grey0 to grey100 run from black to white in steps of 2.55. */
    private static final double GREY_STEP = 2.55;
    private static final int GREY = 0xbebebe;
    private static final Map<String, Integer> X11 = loadX11();

    private OscColours() {
    }

    /** The colour as 0xRRGGBB, or {@link #NONE}. */
    public static int parse(String spec) {
        Matcher m;
        if ((m = SHORT_RGB.matcher(spec)).matches() || (m = SHORT_HASH.matcher(spec)).matches()) {
            return join(hex(m, 1), hex(m, 2), hex(m, 3));
        }
        if ((m = DECIMAL.matcher(spec)).matches()) {
            return join(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = LONG_RGB.matcher(spec)).matches() || (m = LONG_HASH.matcher(spec)).matches()) {
            return join(hex(m, 1) >> 8, hex(m, 2) >> 8, hex(m, 3) >> 8);
        }
        if ((m = CMYK.matcher(spec)).matches()) return subtractive(m, Double.parseDouble(m.group(4)));
        if ((m = CMY.matcher(spec)).matches()) return subtractive(m, 0);
        return byName(withoutSpaces(spec));
    }

    /** Cyan, magenta and yellow in groups 1 to 3, and black, each a fraction that must lie in 0..1. */
    private static int subtractive(Matcher m, double black) {
        double cyan = Double.parseDouble(m.group(1));
        double magenta = Double.parseDouble(m.group(2));
        double yellow = Double.parseDouble(m.group(3));
        for (double part : new double[] {cyan, magenta, yellow, black}) {
            if (!(part >= 0 && part <= 1)) return NONE;
        }
        return join((int) ((1 - cyan) * (1 - black) * FULL), (int) ((1 - magenta) * (1 - black) * FULL),
                (int) ((1 - yellow) * (1 - black) * FULL));
    }

    /** The spec without the spaces (only spaces) around it. */
    private static String withoutSpaces(String spec) {
        int from = 0;
        int to = spec.length();
        while (from < to && spec.charAt(from) == ' ') from++;
        while (to > from && spec.charAt(to - 1) == ' ') to--;
        return spec.substring(from, to);
    }

    private static int byName(String name) {
        if (name.startsWith("grey") || name.startsWith("gray")) {
            String rest = name.substring(4);
            if (rest.isEmpty() || !Character.isDigit(rest.charAt(0))) return GREY;
            int end = 0;
            while (end < rest.length() && end < 9 && Character.isDigit(rest.charAt(end))) end++;
            long level = Math.round(GREY_STEP * Integer.parseInt(rest.substring(0, end)));
            return level > FULL ? NONE : join((int) level, (int) level, (int) level);
        }
        return X11.getOrDefault(name.toLowerCase(Locale.ROOT), NONE);
    }

    private static int hex(Matcher m, int group) {
        return Integer.parseInt(m.group(group), 16);
    }

    private static int join(int red, int green, int blue) {
        return (red & FULL) << 16 | (green & FULL) << 8 | blue & FULL;
    }

    private static Map<String, Integer> loadX11() {
        Map<String, Integer> names = new HashMap<>();
        try (InputStream in = OscColours.class.getResourceAsStream(X11_RESOURCE)) {
            if (in == null) throw new IllegalStateException(X11_RESOURCE + " is missing from the class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                int space = line.indexOf(' ');
                names.put(line.substring(space + 1), Integer.parseInt(line.substring(0, space), 16));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
