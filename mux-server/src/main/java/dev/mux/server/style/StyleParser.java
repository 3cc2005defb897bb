package dev.mux.server.style;

import dev.mux.server.options.Colours;
import dev.mux.server.style.StyleSpec.Align;
import dev.mux.server.style.StyleSpec.DefaultChange;
import dev.mux.server.style.StyleSpec.ListMode;
import dev.mux.server.style.StyleSpec.RangeType;
import dev.mux.server.term.Style;
import java.util.Locale;
import java.util.Map;

/**
 * Reads tmux's style syntax: words split by blanks or commas, each adding to the style it starts
 * from, as tmux's style_parse does. {@code default} (and a colour of {@code default}) means the
 * base cell the caller gives: the status line's style inside the status line, the default cell
 * elsewhere. A style that does not parse leaves the one it started from unchanged.
 */
public final class StyleParser {
    private static final String DELIMITERS = " ,\n";
    /** tmux reads each word into a buffer of 256 bytes; a longer word is an error. */
    private static final int LONGEST_WORD = 255;
    private static final Map<String, Long> FLAGS = Map.of("acs", Style.DEC_GRAPHICS, "bright", Style.BOLD,
            "bold", Style.BOLD, "dim", Style.DIM, "blink", Style.BLINK, "reverse", Style.REVERSE,
            "hidden", Style.INVISIBLE, "italics", Style.ITALIC, "strikethrough", Style.STRIKETHROUGH,
            "overline", Style.OVERLINE);
    private static final Map<String, Integer> UNDERLINES = Map.of("underscore", Style.UNDERLINE_SINGLE,
            "double-underscore", Style.UNDERLINE_DOUBLE, "curly-underscore", Style.UNDERLINE_CURLY,
            "dotted-underscore", Style.UNDERLINE_DOTTED, "dashed-underscore", Style.UNDERLINE_DASHED);

    private StyleParser() {
    }

    /** The cell a style gives on top of the default cell, as tmux's style_apply; bad text gives the default. */
    public static long cell(String text) {
        StyleSpec parsed = parse(StyleSpec.DEFAULT, Style.DEFAULT, text);
        return parsed == null ? Style.DEFAULT : parsed.cell();
    }

    /**
     * {@code text} read on top of {@code start}, with {@code base} as what "default" means; null if
     * a word is not part of the syntax.
     */
    public static StyleSpec parse(StyleSpec start, long base, String text) {
        StyleSpec style = start;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && DELIMITERS.indexOf(text.charAt(i)) >= 0) i++;
            int end = i;
            while (end < text.length() && DELIMITERS.indexOf(text.charAt(end)) < 0) end++;
            if (end == i) break;
            if (end - i > LONGEST_WORD) return null;
            style = word(style, base, text.substring(i, end));
            if (style == null) return null;
            i = end;
        }
        return style;
    }

    private static StyleSpec word(StyleSpec style, long base, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "default": return style.withCell(base);
            case "ignore": return style.withIgnore(true);
            case "noignore": return style.withIgnore(false);
            case "push-default": return style.withDefaults(DefaultChange.PUSH);
            case "pop-default": return style.withDefaults(DefaultChange.POP);
            case "nolist": return style.withList(ListMode.OFF);
            case "norange": return style.withRange(RangeType.NONE, 0);
            case "noalign": return style.withAlign(Align.DEFAULT);
            case "none": return style.withCell(Style.withUnderline(style.cell() & ~attributeMask(), Style.UNDERLINE_NONE));
            default: break;
        }
        if (lower.startsWith("list=")) return list(style, lower.substring(5));
        if (lower.length() > 6 && lower.startsWith("range=")) return range(style, lower.substring(6));
        if (lower.length() > 6 && lower.startsWith("align=")) return align(style, lower.substring(6));
        if (lower.length() > 5 && lower.startsWith("fill=")) {
            String colour = Colours.canonical(word.substring(5));
            if (colour == null) return null;
            return style.withFill(isDefault(colour) ? StyleSpec.NO_FILL : Colours.color(colour));
        }
        if (lower.length() > 3 && lower.startsWith("g=", 1)) return colour(style, base, lower.charAt(0), word.substring(3));
        if (lower.length() > 2 && lower.startsWith("no")) {
            Long cleared = attributes(lower.substring(2));
            return cleared == null ? null : style.withCell(without(style.cell(), cleared));
        }
        Long added = attributes(lower);
        return added == null ? null : style.withCell(with(style.cell(), added));
    }

    private static StyleSpec list(StyleSpec style, String value) {
        return switch (value) {
            case "on" -> style.withList(ListMode.ON);
            case "focus" -> style.withList(ListMode.FOCUS);
            case "left-marker" -> style.withList(ListMode.LEFT_MARKER);
            case "right-marker" -> style.withList(ListMode.RIGHT_MARKER);
            default -> null;
        };
    }

    /** left, right, or window|N; tmux 3.3a passes other names by, leaving the range as it was. */
    private static StyleSpec range(StyleSpec style, String value) {
        int bar = value.indexOf('|');
        String kind = bar < 0 ? value : value.substring(0, bar);
        String argument = bar < 0 ? null : value.substring(bar + 1);
        if (argument != null && (argument.isEmpty() || !argument.chars().allMatch(c -> c >= '0' && c <= '9'))) return null;
        return switch (kind) {
            case "left" -> argument != null ? null : style.withRange(RangeType.LEFT, 0);
            case "right" -> argument != null ? null : style.withRange(RangeType.RIGHT, 0);
            case "window" -> argument == null ? null : style.withRange(RangeType.WINDOW, atoi(argument));
            default -> style;
        };
    }

    private static StyleSpec align(StyleSpec style, String value) {
        return switch (value) {
            case "left" -> style.withAlign(Align.LEFT);
            case "centre" -> style.withAlign(Align.CENTRE);
            case "right" -> style.withAlign(Align.RIGHT);
            case "absolute-centre" -> style.withAlign(Align.ABSOLUTE_CENTRE);
            default -> null;
        };
    }

    private static StyleSpec colour(StyleSpec style, long base, char which, String value) {
        String colour = Colours.canonical(value);
        if (colour == null || which != 'f' && which != 'b') return null;
        long cell = style.cell();
        if (which == 'f') {
            int fg = colour.equals("default") ? Style.foreground(base) : Colours.color(colour);
            return style.withCell(Style.withForeground(cell, fg));
        }
        int bg = colour.equals("default") ? Style.background(base) : Colours.color(colour);
        return style.withCell(Style.withBackground(cell, bg));
    }

    private static boolean isDefault(String canonical) {
        return canonical.equals("default");
    }

    /**
     * Attributes joined by '|' (or blanks and commas, as tmux's attributes_fromstring): the flags in
     * the low bits of a packed style, and an underline style, if any, in its own bits; null if a
     * name is unknown.
     */
    private static Long attributes(String text) {
        if (text.isEmpty() || text.endsWith("|")) return null;
        long result = 0;
        for (String name : text.split("[|]+", -1)) {
            Long flag = FLAGS.get(name);
            Integer underline = UNDERLINES.get(name);
            if (flag == null && underline == null) return null;
            if (flag != null) result |= flag;
            else result = Style.withUnderline(result, underline);
        }
        return result;
    }

    private static long with(long cell, long attributes) {
        long result = cell | attributes & attributeMask();
        int underline = Style.underline(attributes);
        return underline == Style.UNDERLINE_NONE ? result : Style.withUnderline(result, underline);
    }

    /** Clears the flags, and the underline if it is the one named. */
    private static long without(long cell, long attributes) {
        long result = cell & ~(attributes & attributeMask());
        int underline = Style.underline(attributes);
        return underline != Style.UNDERLINE_NONE && Style.underline(cell) == underline
                ? Style.withUnderline(result, Style.UNDERLINE_NONE) : result;
    }

    /** The attribute flags of a packed style, without colours or underline. */
    private static long attributeMask() {
        return Style.BOLD | Style.DIM | Style.ITALIC | Style.BLINK | Style.REVERSE | Style.INVISIBLE
                | Style.STRIKETHROUGH | Style.OVERLINE | Style.DEC_GRAPHICS;
    }

    /** atoi(3) of digits only, saturating as a window index would never need. */
    private static int atoi(String digits) {
        long value = 0;
        for (int i = 0; i < digits.length() && value < Integer.MAX_VALUE; i++) value = value * 10 + digits.charAt(i) - '0';
        return (int) Math.min(value, Integer.MAX_VALUE);
    }
}
