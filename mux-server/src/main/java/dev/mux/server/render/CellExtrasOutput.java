package dev.mux.server.render;

import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.outer.Feature;
import dev.mux.server.outer.Tparm;
import dev.mux.server.term.Color;
import dev.mux.server.term.Hyperlink;

/**
 * Which {@link dev.mux.server.term.CellExtra cell extras} a client's terminal is sent, and how: an
 * underline colour only to one that can set it (terminfo's {@code Setulc}, which tmux's
 * {@code usstyle} feature brings) and a hyperlink only to one that has {@code hyperlinks}; to any
 * other they are left out, as tmux leaves them out, since a terminal that does not know SGR 58 may
 * read its numbers as attributes.
 *
 * @param setUnderlineColour   the terminal's {@code Setulc}, which takes the colour as one number
 *                             {@code 0xRRGGBB} (a palette colour is sent as its RGB value, as tmux
 *                             sends it); null writes SGR 58 in its colon form as the cell has it
 * @param resetUnderlineColour the terminal's {@code ol}; null writes SGR 59
 */
public record CellExtrasOutput(boolean underlineColour, boolean hyperlinks, String setUnderlineColour,
                               String resetUnderlineColour) {
    /** Sends neither: what a terminal that has not said it can gets. */
    public static final CellExtrasOutput NONE = new CellExtrasOutput(false, false);
    /** Sends both. */
    public static final CellExtrasOutput ALL = new CellExtrasOutput(true, true);

    public CellExtrasOutput(boolean underlineColour, boolean hyperlinks) {
        this(underlineColour, hyperlinks, null, null);
    }

    /** What {@code terminal} takes, written with its own capabilities. */
    static CellExtrasOutput of(ClientTerminal terminal) {
        String set = terminal.string("Setulc");
        return new CellExtrasOutput(set != null, terminal.has(Feature.HYPERLINKS), set, terminal.string("ol"));
    }

    /** SGR 58 for {@code colour}, or its end when the colour is the default. */
    void appendUnderlineColour(StringBuilder out, int colour) {
        boolean none = !Color.isRgb(colour) && !Color.isPalette(colour) && !Color.isAnsi(colour);
        if (none && resetUnderlineColour != null) {
            out.append(resetUnderlineColour);
        } else if (none || setUnderlineColour == null) {
            appendUnderlineColourAsSgr(out, colour);
        } else {
            int rgb = Color.isRgb(colour) ? Color.value(colour) & 0xffffff : NearestColours.rgb(Color.value(colour));
            out.append(Tparm.expand(setUnderlineColour, rgb));
        }
    }

    /**
     * SGR 58 in its colon form (ITU T.416, which terminals with styled underlines read), or 59 to go
     * back to the text's colour.
     */
    private static void appendUnderlineColourAsSgr(StringBuilder out, int colour) {
        int value = Color.value(colour);
        if (Color.isPalette(colour) || Color.isAnsi(colour)) {
            out.append("\033[58:5:").append(value).append('m');
        } else if (Color.isRgb(colour)) {
            out.append("\033[58:2::").append(value >> 16 & 0xff).append(':').append(value >> 8 & 0xff).append(':')
                .append(value & 0xff).append('m');
        } else {
            out.append("\033[59m");
        }
    }

    /**
     * OSC 8 as its specification writes it, ended by ST; null ends the link. Each link is sent with
     * an id of its own ({@code mux} and its serial), so the terminal joins its cells however they
     * were written, and links of two panes never join.
     */
    static void appendHyperlink(StringBuilder out, Hyperlink link) {
        if (link == null) {
            out.append("\033]8;;\033\\");
        } else {
            out.append("\033]8;id=mux").append(link.serial()).append(';').append(link.uri()).append("\033\\");
        }
    }
}
