package dev.mux.server.render;

import dev.mux.server.clock.ClockGlyphs;
import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.options.Colours;
import dev.mux.server.options.Options;
import dev.mux.server.term.Style;
import java.util.List;

/**
 * display-panes as tmux 3.3a's cmd_display_panes_draw_pane draws it over each shown pane: the
 * pane's index (pane-base-index counts) in large digits in the middle, with the pane's size in its
 * top right corner and, for indexes 10 to 35, the letter that chooses it; in a pane too small for
 * large digits, the index (and letter) as text. The active pane's in display-panes-active-colour,
 * the others' in display-panes-colour.
 */
public final class PaneNumbers {
    private static final int GLYPH_ROWS = 5;

    private PaneNumbers() {}

    /** Draws over the panes of {@code window}, whose first row is frame row {@code top}. */
    public static void draw(Window window, Frame frame, int top) {
        Options options = window.session().options();
        int base = window.options().number("pane-base-index");
        List<Pane> panes = window.panes();
        for (int position = 0; position < panes.size(); position++) {
            Pane pane = panes.get(position);
            if (window.zoomedPane() != null && pane != window.zoomedPane()) continue;
            int colour = Colours.color(options.string(pane == window.activePane()
                    ? "display-panes-active-colour" : "display-panes-colour"));
            drawPane(frame, window.geometry(pane), top, base + position, colour);
        }
    }

    private static void drawPane(Frame frame, Geometry pane, int top, int index, int colour) {
        int columns = pane.columns();
        int rows = pane.rows();
        int left = pane.x();
        int y = top + pane.y();
        String number = Integer.toString(index);
        if (columns < number.length()) return;
        long text = Style.withForeground(Style.DEFAULT, colour);
        long block = Style.withBackground(Style.DEFAULT, colour);
        String letter = index > 9 && index < 35 ? String.valueOf((char) ('a' + index - 10)) : "";
        int middleX = columns / 2;
        int middleY = rows / 2;
        if (columns < number.length() * 6 || rows < GLYPH_ROWS) {
            String label = columns >= number.length() + letter.length() + 1 ? number + " " + letter : number;
            int width = label.equals(number) ? number.length() : number.length() + letter.length() + 1;
            frame.putString(left + middleX - width / 2, y + middleY, label, text);
            return;
        }
        int x = middleX - number.length() * 3;
        int glyphTop = middleY - 2;
        for (int i = 0; i < number.length(); i++) {
            String[] glyph = ClockGlyphs.of(number.charAt(i));
            for (int row = 0; row < GLYPH_ROWS; row++) {
                for (int column = 0; column < glyph[row].length(); column++) {
                    if (glyph[row].charAt(column) == ClockGlyphs.LIT) {
                        frame.put(left + x + column, y + glyphTop + row, ' ', block);
                    }
                }
            }
            x += ClockGlyphs.ADVANCE;
        }
        if (rows <= 6) return;
        String size = columns + "x" + rows;
        if (columns >= size.length()) frame.putString(left + columns - size.length(), y, size, text);
        if (!letter.isEmpty()) {
            frame.putString(left + middleX + number.length() * 3 - letter.length() - 1, y + glyphTop + GLYPH_ROWS, letter, text);
        }
    }
}
