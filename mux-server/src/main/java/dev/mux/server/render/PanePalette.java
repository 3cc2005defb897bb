package dev.mux.server.render;

import dev.mux.server.model.Pane;
import dev.mux.server.options.Colours;
import dev.mux.server.options.Options;
import dev.mux.server.term.Color;
import dev.mux.server.term.Style;
import java.util.Map;
import java.util.SortedMap;

/**
 * pane-colours, as tmux 3.3a draws with it: a pane's colour N of the 256 (the eight ANSI colours
 * counting as 0-7 and their bright forms as 8-15) is shown in the colour item N of the option
 * names. Only what reaches the client changes: the pane's screen, and so capture-pane, keeps the
 * colours the program chose. The default colours and RGB colours are never replaced.
 */
final class PanePalette {
    private static final int SIZE = 256;

    /**
     * The palette last built, with the pane-colours value it was built from and the count of option
     * changes then: panes that inherit the same value share it, and it is built again only after an
     * option changed. Loop thread only, as the options are.
     */
    private record Built(Object items, long changes, int[] palette, boolean[] set) {
    }

    private static Built last;

    private PanePalette() {}

    /** Recolours the cells of the pane's area of {@code frame} when its pane-colours has items. */
    static void apply(Frame frame, Pane pane, int left, int top, int columns, int rows) {
        // The value itself, not a read-only view of it: most panes have no items, and pay one lookup per frame.
        Object items = pane.options().get("pane-colours");
        if (!(items instanceof SortedMap<?, ?> map) || map.isEmpty()) return;
        Built built = last;
        if (built == null || built.items() != items || built.changes() != Options.changes()) {
            built = build(map);
            last = built;
        }
        int[] palette = built.palette();
        boolean[] set = built.set();
        for (int row = Math.max(0, top); row < Math.min(frame.rows(), top + rows); row++) {
            for (int column = Math.max(0, left); column < Math.min(frame.columns(), left + columns); column++) {
                long style = frame.style(column, row);
                int foreground = Style.foreground(style);
                int background = Style.background(style);
                int newForeground = recoloured(foreground, palette, set);
                int newBackground = recoloured(background, palette, set);
                if (newForeground != foreground || newBackground != background) {
                    frame.restyle(column, row, Style.withBackground(Style.withForeground(style, newForeground), newBackground));
                }
            }
        }
    }

    private static Built build(SortedMap<?, ?> items) {
        int[] palette = new int[SIZE];
        boolean[] set = new boolean[SIZE];
        for (Map.Entry<?, ?> item : items.entrySet()) {
            int index = (Integer) item.getKey();
            if (index < SIZE) {
                palette[index] = Colours.color((String) item.getValue());
                set[index] = true;
            }
        }
        return new Built(items, Options.changes(), palette, set);
    }

    private static int recoloured(int color, int[] palette, boolean[] set) {
        if (!Color.isAnsi(color) && !Color.isPalette(color)) return color;
        int index = Color.value(color);
        return set[index] ? palette[index] : color;
    }
}
