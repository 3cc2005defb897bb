package dev.mux.server.render;

import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.term.Color;
import dev.mux.server.term.Style;

/**
 * Writes a packed {@link Style} as one SGR sequence that starts from a full reset
 * ({@code ESC [ 0 ; ... m}), so the result never depends on what the terminal had before; in what
 * one client's terminal can show, as tmux 3.3a's tty_attributes writes it: colours it lacks become
 * the nearest it has ({@link #fitted}), and an attribute whose capability it lacks is left out
 * (italics fall back to standout, as tmux's).
 */
final class SgrEncoder {
    private static final long[] FLAGS = {
        Style.BOLD, Style.DIM, Style.ITALIC, Style.BLINK, Style.REVERSE, Style.INVISIBLE, Style.STRIKETHROUGH,
        Style.OVERLINE,
    };
    private static final int[] FLAG_CODES = {1, 2, 3, 5, 7, 8, 9, 53};
    /** The terminfo capability each flag needs; italics without sitm are written as standout (SGR 7). */
    private static final String[] FLAG_CAPABILITIES = {"bold", "dim", "sitm", "blink", "rev", "invis", "smxx", "Smol"};
    private static final int ITALIC_FLAG = 2;
    private static final int REVERSE_FLAG = 4;
    private static final int STANDOUT_CODE = 7;
    /** ANSI colours from this index up are the bright ones (SGR 90-97). */
    private static final int ANSI_COLOURS = 8;

    /** For a terminal that shows everything. */
    static final SgrEncoder ALL = new SgrEncoder(ClientTerminal.ALL);

    private final ClientTerminal.Colours colours;
    /** Whether the terminal takes underline styles (Smulx, tmux's usstyle): without, any style is a plain underline. */
    private final boolean styledUnderlines;
    /** The SGR code each flag is written as, or 0 if the terminal cannot show it. */
    private final int[] codes = new int[FLAGS.length];

    private SgrEncoder(ClientTerminal terminal) {
        colours = terminal.colours();
        styledUnderlines = terminal.hasCapability("Smulx");
        for (int flag = 0; flag < FLAGS.length; flag++) {
            codes[flag] = code(terminal, FLAG_CAPABILITIES[flag], FLAG_CODES[flag]);
        }
        for (int flag : new int[] {ITALIC_FLAG, REVERSE_FLAG}) {
            if (codes[flag] == 0) codes[flag] = code(terminal, "smso", STANDOUT_CODE);
        }
    }

    /**
     * The SGR code the terminal's capability writes, when it is a plain {@code ESC [ n m} (screen's
     * standout is italics, {@code ESC [ 3 m}), else {@code usual}; 0 if the terminal lacks it.
     */
    private static int code(ClientTerminal terminal, String capability, int usual) {
        if (!terminal.hasCapability(capability)) return 0;
        String value = terminal.string(capability);
        if (value != null && value.matches("\033\\[\\d{1,3}m")) return Integer.parseInt(value.substring(2, value.length() - 1));
        return usual;
    }

    static SgrEncoder of(ClientTerminal terminal) {
        return terminal == ClientTerminal.ALL ? ALL : new SgrEncoder(terminal);
    }

    void append(StringBuilder out, long style) {
        int foreground = fitted(Style.foreground(style));
        int background = fitted(Style.background(style));
        // On 8 colours a bright ANSI foreground is its plain colour in bold (tmux's aixterm rule);
        // a bright background is its plain colour.
        boolean brightAsBold = colours == ClientTerminal.Colours.C8 && Color.isAnsi(foreground)
            && Color.value(foreground) >= ANSI_COLOURS;
        if (colours == ClientTerminal.Colours.C8) {
            foreground = plainOnEight(foreground);
            background = plainOnEight(background);
        }
        out.append("\033[0");
        for (int flag = 0; flag < FLAGS.length; flag++) {
            boolean on = Style.has(style, FLAGS[flag]) || flag == 0 && brightAsBold;
            if (on && codes[flag] != 0) out.append(';').append(codes[flag]);
        }
        int underline = Style.underline(style);
        if (underline == Style.UNDERLINE_SINGLE || underline != Style.UNDERLINE_NONE && !styledUnderlines) {
            out.append(";4");
        } else if (underline != Style.UNDERLINE_NONE) {
            out.append(";4:").append(underline);
        }
        appendColor(out, foreground, 30, 90, 38);
        appendColor(out, background, 40, 100, 48);
        out.append('m');
    }

    /**
     * The colour as this terminal can show it: 24-bit colours on a terminal without RGB become
     * the nearest palette colour; palette colours on one with fewer than 256 become the ANSI
     * colour tmux's table gives (bright ones only where the terminal has 16).
     */
    private int fitted(int color) {
        if (Color.isRgb(color) && colours != ClientTerminal.Colours.RGB) {
            color = Color.palette(NearestColours.palette(Color.value(color)));
        }
        if (Color.isPalette(color) && (colours == ClientTerminal.Colours.C16 || colours == ClientTerminal.Colours.C8)) {
            int ansi = NearestColours.ansi(Color.value(color));
            return Color.ansi(colours == ClientTerminal.Colours.C8 ? ansi & 7 : ansi);
        }
        return color;
    }

    private static int plainOnEight(int color) {
        return Color.isAnsi(color) && Color.value(color) >= ANSI_COLOURS ? Color.ansi(Color.value(color) - ANSI_COLOURS) : color;
    }

    /**
     * ANSI colours as SGR 30-37 / 90-97 (or their backgrounds); palette colours as terminfo's setaf
     * writes them on a 256-colour terminal (the first 16 as ANSI ones, the rest as {@code 38;5;n});
     * 24-bit ones as {@code 38;2;r;g;b}.
     */
    private static void appendColor(StringBuilder out, int color, int base, int brightBase, int extended) {
        int value = Color.value(color);
        if (Color.isAnsi(color) || Color.isPalette(color) && value < 16) {
            out.append(';').append(value < 8 ? base + value : brightBase + value - 8);
        } else if (Color.isPalette(color)) {
            out.append(';').append(extended).append(";5;").append(value);
        } else if (Color.isRgb(color)) {
            out.append(';').append(extended).append(";2;")
                .append(value >> 16 & 0xff).append(';').append(value >> 8 & 0xff).append(';').append(value & 0xff);
        }
    }
}
