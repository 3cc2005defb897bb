package dev.mux.server.term;

/**
 * What a cell may carry beyond its packed {@link Style}, which has no bits left: the underline
 * colour (SGR 58, a {@link Color}; {@link Color#DEFAULT} for none) and an OSC 8 {@link Hyperlink}
 * (null for none). Few cells have either, so lines keep these in a side store, null for a cell
 * without; a screen interns them ({@link CellExtras}) so cells written with one pen share one object.
 */
public record CellExtra(int underlineColour, Hyperlink link) {
    /** The underline colour of a cell's extra, {@link Color#DEFAULT} for none. */
    public static int underlineColour(CellExtra extra) {
        return extra == null ? Color.DEFAULT : extra.underlineColour;
    }

    /** The hyperlink of a cell's extra, or null. */
    public static Hyperlink link(CellExtra extra) {
        return extra == null ? null : extra.link;
    }
}
