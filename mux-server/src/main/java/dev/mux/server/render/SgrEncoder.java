package dev.mux.server.render;

import dev.mux.server.term.Color;
import dev.mux.server.term.Style;

/**
 * Writes a packed {@link Style} as one SGR sequence that starts from a full reset
 * ({@code ESC [ 0 ; ... m}), so the result never depends on what the terminal had before.
 */
final class SgrEncoder {
    private static final long[] FLAGS = {
        Style.BOLD, Style.DIM, Style.ITALIC, Style.BLINK, Style.REVERSE, Style.INVISIBLE, Style.STRIKETHROUGH,
        Style.OVERLINE,
    };
    private static final int[] FLAG_CODES = {1, 2, 3, 5, 7, 8, 9, 53};

    private SgrEncoder() {
    }

    static void append(StringBuilder out, long style) {
        out.append("\033[0");
        for (int flag = 0; flag < FLAGS.length; flag++) {
            if (Style.has(style, FLAGS[flag])) {
                out.append(';').append(FLAG_CODES[flag]);
            }
        }
        int underline = Style.underline(style);
        if (underline == Style.UNDERLINE_SINGLE) {
            out.append(";4");
        } else if (underline != Style.UNDERLINE_NONE) {
            out.append(";4:").append(underline);
        }
        appendColor(out, Style.foreground(style), 30, 90, 38);
        appendColor(out, Style.background(style), 40, 100, 48);
        out.append('m');
    }

    /** ANSI colours as SGR 30-37 / 90-97 (or their backgrounds), palette colours as {@code 38;5;n}, as they were chosen. */
    private static void appendColor(StringBuilder out, int color, int base, int brightBase, int extended) {
        int value = Color.value(color);
        if (Color.isAnsi(color)) {
            out.append(';').append(value < 8 ? base + value : brightBase + value - 8);
        } else if (Color.isPalette(color)) {
            out.append(';').append(extended).append(";5;").append(value);
        } else if (Color.isRgb(color)) {
            out.append(';').append(extended).append(";2;")
                .append(value >> 16 & 0xff).append(';').append(value >> 8 & 0xff).append(';').append(value & 0xff);
        }
    }
}
