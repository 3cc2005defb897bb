package dev.mux.server.render;

import dev.mux.server.format.FormatColours;
import dev.mux.server.options.Colours;
import dev.mux.server.options.Options;
import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.outer.Tparm;
import dev.mux.server.term.Screen;
import java.util.List;

/**
 * The cursor's shape (DECSCUSR, 0 for the terminal's own) and colour (OSC 12, "" for the
 * terminal's own) that the active pane's program asked for, which the client's terminal is given
 * as tmux 3.3a gives them: the shape through the terminal's {@code Ss} (back to its own with
 * {@code Se}, else {@code Ss} 0), the colour through {@code Cs} as {@code rgb:rr/gg/bb} (back with
 * {@code Cr}); a terminal without them is sent nothing.
 */
public record CursorLook(int style, String colour) {
    /** The terminal's own cursor: what a client has before mux changes it and gets back when it leaves. */
    public static final CursorLook DEFAULT = new CursorLook(0, "");
    private static final int NO_COLOUR = -1;

    /** cursor-style's values, in the order of the DECSCUSR numbers they stand for. */
    private static final List<String> STYLES =
            List.of("default", "blinking-block", "block", "blinking-underline", "underline", "blinking-bar", "bar");

    public static CursorLook of(Screen screen) {
        return new CursorLook(screen.modes().cursorStyle(), screen.cursorColour());
    }

    /**
     * The active pane's cursor: the shape and colour its program asked for, else its cursor-style
     * and cursor-colour options, as tmux 3.3a's screen defaults.
     */
    public static CursorLook of(Screen screen, Options paneOptions) {
        int style = screen.modes().cursorStyle();
        if (style == 0) style = Math.max(0, STYLES.indexOf(paneOptions.string("cursor-style")));
        String colour = screen.cursorColour();
        if (colour.isEmpty()) {
            String hex = FormatColours.hex(paneOptions.string("cursor-colour"));
            colour = hex.isEmpty() ? "" : "#" + hex;
        }
        return new CursorLook(style, colour);
    }

    /** The sequences that change a terminal showing this cursor to show {@code next}; empty if none. */
    public String changeTo(CursorLook next, ClientTerminal terminal) {
        StringBuilder out = new StringBuilder();
        int from = rgb(colour);
        int to = rgb(next.colour);
        if (from != to) {
            if (to == NO_COLOUR) {
                if (terminal.hasCapability("Cr")) out.append(terminal.string("Cr"));
            } else if (terminal.hasCapability("Cs")) {
                String spec = String.format("rgb:%02x/%02x/%02x", to >> 16 & 0xff, to >> 8 & 0xff, to & 0xff);
                out.append(Tparm.expand(terminal.string("Cs"), spec));
            }
        }
        if (style != next.style) {
            if (next.style == 0) {
                if (terminal.hasCapability("Se")) out.append(terminal.string("Se"));
                else if (terminal.hasCapability("Ss")) out.append(Tparm.expand(terminal.string("Ss"), 0));
            } else if (terminal.hasCapability("Ss")) {
                out.append(Tparm.expand(terminal.string("Ss"), next.style));
            }
        }
        return out.toString();
    }

    /**
     * An OSC 12 colour as 0xRRGGBB, in the forms tmux reads: {@code rgb:rr/gg/bb} and
     * {@code rgb:rrrr/gggg/bbbb}, {@code #rrggbb} and {@code #rrrrggggbbbb}, {@code r,g,b}, and
     * colour names; {@link #NO_COLOUR} for "" or what none of them reads.
     */
    static int rgb(String spec) {
        if (spec.isEmpty()) return NO_COLOUR;
        try {
            if (spec.length() == 12 && spec.matches("rgb:\\p{XDigit}{2}/\\p{XDigit}{2}/\\p{XDigit}{2}")) {
                return join(hex(spec, 4, 2), hex(spec, 7, 2), hex(spec, 10, 2));
            }
            if (spec.length() == 18 && spec.matches("rgb:\\p{XDigit}{4}/\\p{XDigit}{4}/\\p{XDigit}{4}")) {
                return join(hex(spec, 4, 4) >> 8, hex(spec, 9, 4) >> 8, hex(spec, 14, 4) >> 8);
            }
            if (spec.length() == 7 && spec.matches("#\\p{XDigit}{6}")) {
                return join(hex(spec, 1, 2), hex(spec, 3, 2), hex(spec, 5, 2));
            }
            if (spec.length() == 13 && spec.matches("#\\p{XDigit}{12}")) {
                return join(hex(spec, 1, 4) >> 8, hex(spec, 5, 4) >> 8, hex(spec, 9, 4) >> 8);
            }
            if (spec.matches("\\d{1,3},\\d{1,3},\\d{1,3}")) {
                String[] parts = spec.split(",");
                return join(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
        } catch (NumberFormatException e) {
            return NO_COLOUR;
        }
        String named = Colours.x11(spec.strip());
        return named != null && named.startsWith("#") ? Integer.parseInt(named.substring(1), 16) : NO_COLOUR;
    }

    private static int hex(String text, int from, int digits) {
        return Integer.parseInt(text.substring(from, from + digits), 16);
    }

    private static int join(int red, int green, int blue) {
        return (red & 0xff) << 16 | (green & 0xff) << 8 | blue & 0xff;
    }
}
