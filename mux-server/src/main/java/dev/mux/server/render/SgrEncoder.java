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

    private static void appendColor(StringBuilder out, int color, int base, int brightBase, int extended) {
        if (Color.isPalette(color)) {
            int index = Color.value(color);
            if (index < 8) {
                out.append(';').append(base + index);
            } else if (index < 16) {
                out.append(';').append(brightBase + index - 8);
            } else {
                out.append(';').append(extended).append(";5;").append(index);
            }
        } else if (Color.isRgb(color)) {
            int rgb = Color.value(color);
            out.append(';').append(extended).append(";2;")
                .append(rgb >> 16 & 0xff).append(';').append(rgb >> 8 & 0xff).append(';').append(rgb & 0xff);
        }
    }
}
