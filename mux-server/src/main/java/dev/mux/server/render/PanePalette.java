package dev.mux.server.render;

import dev.mux.server.model.Pane;
import dev.mux.server.options.Colours;
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

    private PanePalette() {}

    /** Recolours the cells of the pane's area of {@code frame} when its pane-colours has items. */
    static void apply(Frame frame, Pane pane, int left, int top, int columns, int rows) {
        SortedMap<Integer, String> items = pane.options().indexed("pane-colours");
        if (items.isEmpty()) return;
        int[] palette = new int[SIZE];
        boolean[] set = new boolean[SIZE];
        for (Map.Entry<Integer, String> item : items.entrySet()) {
            if (item.getKey() < SIZE) {
                palette[item.getKey()] = Colours.color(item.getValue());
                set[item.getKey()] = true;
            }
        }
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

    private static int recoloured(int color, int[] palette, boolean[] set) {
        if (!Color.isAnsi(color) && !Color.isPalette(color)) return color;
        int index = Color.value(color);
        return set[index] ? palette[index] : color;
    }
}
