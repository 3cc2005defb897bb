package dev.mux.server.style;

import dev.mux.server.term.Style;

/**
 * A parsed tmux style: how cells look (a packed {@link Style}: colours and attributes) and the
 * directions it gives a drawing of formatted text: a fill colour, where text goes (align), whether
 * it is part of the window list (list), which click range it belongs to (range), and whether it
 * pushes or pops the default style. Immutable; {@link StyleParser} makes new ones from old.
 *
 * @param fill a packed {@link dev.mux.server.term.Color}, or {@link #NO_FILL}
 */
public record StyleSpec(long cell, int fill, Align align, ListMode list, RangeType range, int rangeArgument,
                        DefaultChange defaults, boolean ignore) {
    /** No fill colour: the drawing leaves the cells under the text as they were. */
    public static final int NO_FILL = -1;

    /** tmux's style_default: default cell, no directions. */
    public static final StyleSpec DEFAULT = of(Style.DEFAULT);

    /** Where a part of a format goes on its line (tmux's align=). */
    public enum Align { DEFAULT, LEFT, CENTRE, RIGHT, ABSOLUTE_CENTRE }

    /** The window list's parts (tmux's list=): the list, its focus, the markers shown when it is cut. */
    public enum ListMode { OFF, ON, FOCUS, LEFT_MARKER, RIGHT_MARKER }

    /** What a click on a range of cells means (tmux's range=); a window range's argument is its index. */
    public enum RangeType { NONE, LEFT, RIGHT, WINDOW }

    /** push-default and pop-default: the style that "default" means from here on. */
    public enum DefaultChange { BASE, PUSH, POP }

    /** The cell {@code cell} with no directions, as tmux's style_set. */
    public static StyleSpec of(long cell) {
        return new StyleSpec(cell, NO_FILL, Align.DEFAULT, ListMode.OFF, RangeType.NONE, 0, DefaultChange.BASE, false);
    }

    StyleSpec withCell(long newCell) {
        return new StyleSpec(newCell, fill, align, list, range, rangeArgument, defaults, ignore);
    }

    StyleSpec withFill(int newFill) {
        return new StyleSpec(cell, newFill, align, list, range, rangeArgument, defaults, ignore);
    }

    StyleSpec withAlign(Align newAlign) {
        return new StyleSpec(cell, fill, newAlign, list, range, rangeArgument, defaults, ignore);
    }

    StyleSpec withList(ListMode newList) {
        return new StyleSpec(cell, fill, align, newList, range, rangeArgument, defaults, ignore);
    }

    StyleSpec withRange(RangeType newRange, int argument) {
        return new StyleSpec(cell, fill, align, list, newRange, argument, defaults, ignore);
    }

    StyleSpec withDefaults(DefaultChange change) {
        return new StyleSpec(cell, fill, align, list, range, rangeArgument, change, ignore);
    }

    StyleSpec withIgnore(boolean newIgnore) {
        return new StyleSpec(cell, fill, align, list, range, rangeArgument, defaults, newIgnore);
    }
}
