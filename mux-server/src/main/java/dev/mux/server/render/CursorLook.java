package dev.mux.server.render;

import dev.mux.server.format.FormatColours;
import dev.mux.server.options.Options;
import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.outer.Tparm;
import dev.mux.server.term.OscColours;
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

    /** A colour as OSC 12 names it, or as #rrggbb, as 0xRRGGBB; {@link #NO_COLOUR} for "" or what is no colour. */
    static int rgb(String spec) {
        return spec.isEmpty() ? NO_COLOUR : OscColours.parse(spec);
    }
}
