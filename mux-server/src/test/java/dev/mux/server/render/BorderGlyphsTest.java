package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.layout.Border;
import dev.mux.server.layout.BorderCell;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The characters border cells are drawn with, from the borders a layout reports. */
class BorderGlyphsTest {
    @Test
    void straightLinesTeesAndCrossesWhereBordersMeet() {
        // A vertical border at x=5 from y=0 to 9; a horizontal one at y=4 to its right, from x=6;
        // another at y=7 crossing it from x=0 to 10.
        List<BorderCell> cells = BorderCell.of(List.of(
                new Border(5, 0, 10, true), new Border(6, 4, 5, false), new Border(0, 7, 11, false)));
        assertEquals('│', glyphAt(cells, 5, 0));
        assertEquals('│', glyphAt(cells, 5, 2));
        assertEquals('├', glyphAt(cells, 5, 4));
        assertEquals('─', glyphAt(cells, 8, 4));
        assertEquals('┼', glyphAt(cells, 5, 7));
        assertEquals('─', glyphAt(cells, 0, 7));
        assertEquals('│', glyphAt(cells, 5, 9));
    }

    @Test
    void aBorderEndingAtAnotherMakesATee() {
        List<BorderCell> cells = BorderCell.of(List.of(new Border(0, 3, 10, false), new Border(4, 4, 5, true)));
        assertEquals('┬', glyphAt(cells, 4, 3));
        assertEquals('│', glyphAt(cells, 4, 6));
    }

    @Test
    void everyCellOfEveryBorderIsDrawn() {
        List<BorderCell> cells = BorderCell.of(List.of(new Border(2, 0, 3, true), new Border(0, 3, 5, false)));
        assertEquals(8, cells.size());
        assertEquals(List.of(0, 1, 2), cells.stream().filter(c -> c.x() == 2 && c.y() < 3).map(BorderCell::y).toList());
    }

    private static int glyphAt(List<BorderCell> cells, int x, int y) {
        return cells.stream().filter(c -> c.x() == x && c.y() == y).map(BorderGlyphs::of).findFirst()
                .orElseThrow(() -> new AssertionError("no border cell at " + x + "," + y));
    }
}
