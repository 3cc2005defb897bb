package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.layout.Border;
import java.util.List;
import org.junit.jupiter.api.Test;

class BorderCellsTest {
    @Test
    void straightLinesTeesAndCrossesWhereBordersMeet() {
        // A vertical border at x=5 from y=0 to 9; a horizontal one at y=4 to its right, from x=6;
        // another at y=7 crossing it from x=0 to 10.
        BorderCells cells = new BorderCells(List.of(
                new Border(5, 0, 10, true), new Border(6, 4, 5, false), new Border(0, 7, 11, false)));
        assertEquals('│', cells.glyph(5, 0));
        assertEquals('│', cells.glyph(5, 2));
        assertEquals('├', cells.glyph(5, 4));
        assertEquals('─', cells.glyph(8, 4));
        assertEquals('┼', cells.glyph(5, 7));
        assertEquals('─', cells.glyph(0, 7));
        assertEquals('│', cells.glyph(5, 9));
    }

    @Test
    void aBorderEndingAtAnotherMakesATee() {
        BorderCells cells = new BorderCells(List.of(new Border(0, 3, 10, false), new Border(4, 4, 5, true)));
        assertEquals('┬', cells.glyph(4, 3));
        assertEquals('│', cells.glyph(4, 6));
    }
}
