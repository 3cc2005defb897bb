package dev.mux.server.tree;

import dev.mux.server.options.Colours;
import dev.mux.server.term.Style;
import java.util.Locale;
import java.util.Map;

/**
 * A style option's value ({@code mode-style}: {@code bg=yellow,fg=black}) as a packed
 * {@link Style}: its colours and attributes. What it does not know it leaves out; the option's
 * value was checked when it was set.
 */
public final class ModeStyle {
    private static final Map<String, Long> ATTRIBUTES = Map.of(
            "bold", Style.BOLD, "bright", Style.BOLD, "dim", Style.DIM, "italics", Style.ITALIC,
            "blink", Style.BLINK, "reverse", Style.REVERSE, "hidden", Style.INVISIBLE,
            "strikethrough", Style.STRIKETHROUGH, "overline", Style.OVERLINE);

    private ModeStyle() {}

    public static long parse(String value) {
        long style = Style.DEFAULT;
        for (String part : value.split("[ ,]")) {
            String word = part.trim().toLowerCase(Locale.ROOT);
            if (word.startsWith("fg=")) {
                style = Style.withForeground(style, colour(word.substring(3)));
            } else if (word.startsWith("bg=")) {
                style = Style.withBackground(style, colour(word.substring(3)));
            } else if (word.equals("none") || word.equals("default")) {
                style = Style.DEFAULT;
            } else if (word.startsWith("no") && ATTRIBUTES.containsKey(word.substring(2))) {
                style = Style.with(style, ATTRIBUTES.get(word.substring(2)), false);
            } else if (ATTRIBUTES.containsKey(word)) {
                style = Style.with(style, ATTRIBUTES.get(word), true);
            } else if (word.equals("underscore")) {
                style = Style.withUnderline(style, Style.UNDERLINE_SINGLE);
            }
        }
        return style;
    }

    private static int colour(String text) {
        String canonical = Colours.canonical(text);
        return canonical == null ? 0 : Colours.color(canonical);
    }
}
