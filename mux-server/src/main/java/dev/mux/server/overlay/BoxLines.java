package dev.mux.server.overlay;

import java.util.Locale;

/**
 * The characters of a popup's border, one set per value of popup-border-lines (and display-popup's
 * -b): corners, then the line across, then the line down. {@link #NONE} draws no border at all, and
 * the popup's program then has the whole box.
 */
public enum BoxLines {
    SINGLE("┌┐└┘─│"),
    DOUBLE("╔╗╚╝═║"),
    HEAVY("┏┓┗┛━┃"),
    SIMPLE("++++-|"),
    ROUNDED("╭╮╰╯─│"),
    PADDED("      "),
    NONE("      ");

    private final String glyphs;

    BoxLines(String glyphs) {
        this.glyphs = glyphs;
    }

    /** The value of popup-border-lines named {@code name}, or null for a name it does not have. */
    public static BoxLines named(String name) {
        for (BoxLines lines : values()) {
            if (lines.name().toLowerCase(Locale.ROOT).equals(name)) return lines;
        }
        return null;
    }

    int topLeft() {
        return glyphs.charAt(0);
    }

    int topRight() {
        return glyphs.charAt(1);
    }

    int bottomLeft() {
        return glyphs.charAt(2);
    }

    int bottomRight() {
        return glyphs.charAt(3);
    }

    int across() {
        return glyphs.charAt(4);
    }

    int down() {
        return glyphs.charAt(5);
    }

    /** The cells the border takes on each side: 1, or 0 without one. */
    public int edge() {
        return this == NONE ? 0 : 1;
    }
}
