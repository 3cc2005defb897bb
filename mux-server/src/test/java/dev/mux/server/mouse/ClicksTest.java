package dev.mux.server.mouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClicksTest {
    private static final long MS = 1_000_000L;

    @Test
    void quickPressesOnOneCellCountUpToThreeThenStartAgain() {
        Clicks clicks = new Clicks();
        assertEquals(1, clicks.press(3, 4, 0));
        assertEquals(2, clicks.press(3, 4, 100 * MS));
        assertEquals(3, clicks.press(3, 4, 200 * MS));
        assertEquals(1, clicks.press(3, 4, 250 * MS));
    }

    @Test
    void aSlowPressOrAnotherCellIsASingleClick() {
        Clicks clicks = new Clicks();
        clicks.press(3, 4, 0);
        assertEquals(1, clicks.press(3, 4, 301 * MS));
        assertEquals(1, clicks.press(5, 4, 350 * MS));
    }
}
