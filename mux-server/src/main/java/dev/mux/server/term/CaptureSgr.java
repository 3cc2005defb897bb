package dev.mux.server.term;

/**
 * The escape sequences {@code capture-pane -e} writes between cells, in tmux 3.3a's exact form:
 * attributes first (restarting from {@code 0} when any was removed), then foreground, background
 * and underline colour ({@code 58}) each as its own sequence when it changed (or after a restart), then SO or
 * SI when the DEC graphics charset starts or ends. Nothing is written when nothing changed, and no
 * reset is written at the end: the state carries over from line to line.
 */
final class CaptureSgr {
    private static final long[] FLAGS = {
        Style.BOLD, Style.DIM, Style.ITALIC, Style.BLINK, Style.REVERSE, Style.INVISIBLE, Style.STRIKETHROUGH,
        Style.OVERLINE,
    };
    /** SGR code for each underline style, by style number: none, single, double, curly, dotted, dashed. */
    private static final int[] UNDERLINE_CODES = {0, 4, 42, 43, 44, 45};
    private static final int MAX_CODES = 16;

    private final String escape;
    private final String shiftOut;
    private final String shiftIn;
    private long last = Style.DEFAULT;
    private int lastUnderlineColour = Color.DEFAULT;

    CaptureSgr(boolean escapeControls) {
        escape = escapeControls ? "\\033[" : "\033[";
        shiftOut = escapeControls ? "\\016" : "\016";
        shiftIn = escapeControls ? "\\017" : "\017";
    }

    /** Writes what turns the last cell's style and underline colour into these, and remembers them. */
    void change(StringBuilder out, long style, int underlineColour) {
        if (style == last && underlineColour == lastUnderlineColour) {
            return;
        }
        int[] codes = new int[MAX_CODES];
        int count = 0;
        long before = last;
        // As in tmux, losing the underline colour also restarts from 0, as losing an attribute does.
        boolean colourRemoved = lastUnderlineColour != Color.DEFAULT && underlineColour == Color.DEFAULT;
        if (anyRemoved(before, style) || colourRemoved) {
            codes[count++] = 0;
            before &= Style.DEC_GRAPHICS;
        }
        for (int code : orderedCodes(style)) {
            if (code != 0 && !hasCode(before, code)) {
                codes[count++] = code;
            }
        }
        if (count > 0) {
            out.append(escape);
            for (int index = 0; index < count; index++) {
                int code = codes[index];
                out.append(index > 0 ? ";" : "").append(code < 10 ? String.valueOf(code) : code / 10 + ":" + code % 10);
            }
            out.append('m');
        }
        boolean restarted = count > 0 && codes[0] == 0;
        colour(out, colourCodes(Style.foreground(style), 30, 90, 38, 39), colourCodes(Style.foreground(last), 30, 90, 38, 39), restarted);
        colour(out, colourCodes(Style.background(style), 40, 100, 48, 49), colourCodes(Style.background(last), 40, 100, 48, 49), restarted);
        colour(out, underlineColourCodes(underlineColour), underlineColourCodes(lastUnderlineColour), restarted);
        boolean graphics = Style.has(style, Style.DEC_GRAPHICS);
        boolean wasGraphics = Style.has(before, Style.DEC_GRAPHICS);
        if (graphics && !wasGraphics) {
            out.append(shiftOut);
        } else if (!graphics && wasGraphics) {
            out.append(shiftIn);
        }
        last = style;
        lastUnderlineColour = underlineColour;
    }

    private static boolean anyRemoved(long before, long after) {
        for (long flag : FLAGS) {
            if (Style.has(before, flag) && !Style.has(after, flag)) {
                return true;
            }
        }
        int underlineBefore = Style.underline(before);
        return underlineBefore != Style.UNDERLINE_NONE && underlineBefore != Style.underline(after);
    }

    /**
     * The attribute codes of a style in tmux's order, 0 for those it lacks: 1, 2, 3, 4, 5, 7, 8,
     * 9, 42-45 (written {@code 4:2} to {@code 4:5}), 53.
     */
    private static int[] orderedCodes(long style) {
        int underline = UNDERLINE_CODES[Math.min(Style.underline(style), UNDERLINE_CODES.length - 1)];
        return new int[] {
            Style.has(style, Style.BOLD) ? 1 : 0,
            Style.has(style, Style.DIM) ? 2 : 0,
            Style.has(style, Style.ITALIC) ? 3 : 0,
            underline == 4 ? 4 : 0,
            Style.has(style, Style.BLINK) ? 5 : 0,
            Style.has(style, Style.REVERSE) ? 7 : 0,
            Style.has(style, Style.INVISIBLE) ? 8 : 0,
            Style.has(style, Style.STRIKETHROUGH) ? 9 : 0,
            underline > 4 ? underline : 0,
            Style.has(style, Style.OVERLINE) ? 53 : 0,
        };
    }

    private static boolean hasCode(long style, int code) {
        for (int own : orderedCodes(style)) {
            if (own == code) {
                return true;
            }
        }
        return false;
    }

    private void colour(StringBuilder out, String now, String before, boolean restarted) {
        if (!now.isEmpty() && (!now.equals(before) || restarted)) {
            out.append(escape).append(now).append('m');
        }
    }

    /**
     * An underline colour's parameters as tmux writes them: {@code 58;5;n} for a palette colour,
     * {@code 58;2;r;g;b} for an RGB one, nothing for none (SGR 58 has no short forms).
     */
    private static String underlineColourCodes(int color) {
        return color == Color.DEFAULT || Color.isAnsi(color) ? "" : colourCodes(color, 0, 0, 58, 59);
    }

    /** A colour's SGR parameters as tmux writes them: {@code 31}, {@code 91}, {@code 38;5;n}, {@code 38;2;r;g;b}, {@code 39}. */
    private static String colourCodes(int color, int base, int brightBase, int extended, int defaultCode) {
        int value = Color.value(color);
        if (Color.isAnsi(color)) {
            return String.valueOf(value < 8 ? base + value : brightBase + value - 8);
        }
        if (Color.isPalette(color)) {
            return extended + ";5;" + value;
        }
        if (Color.isRgb(color)) {
            return extended + ";2;" + (value >> 16 & 0xff) + ';' + (value >> 8 & 0xff) + ';' + (value & 0xff);
        }
        return String.valueOf(defaultCode);
    }
}
