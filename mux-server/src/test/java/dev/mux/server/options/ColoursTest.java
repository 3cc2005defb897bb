package dev.mux.server.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mux.server.term.Color;
import org.junit.jupiter.api.Test;

/** Colour option values as tmux 3.3a's set-option reads them and show-options prints them, and as it draws them. */
class ColoursTest {
    @Test
    void printedInTmuxsSpelling() {
        // What tmux 3.3a's show -gv printed after set -g clock-mode-colour with each value.
        assertEquals("colour3", Colours.canonical("color3"));
        assertEquals("#ff0000", Colours.canonical("#FF0000"));
        assertEquals("yellow", Colours.canonical("3"));
        assertEquals("blue", Colours.canonical("BLUE"));
        assertEquals("brightred", Colours.canonical("brightred"));
        assertEquals("brightwhite", Colours.canonical("97"));
        assertEquals("default", Colours.canonical("default"));
        assertEquals("terminal", Colours.canonical("terminal"));
    }

    @Test
    void anUnknownColourNamesNone() {
        // tmux 3.3a: "bad colour: foo", "bad colour: colour256", "bad colour: #12345".
        assertNull(Colours.canonical("foo"));
        assertNull(Colours.canonical("colour256"));
        assertNull(Colours.canonical("#12345"));
    }

    @Test
    void drawnAsTmuxWritesThem() {
        assertEquals(Color.ansi(4), Colours.color("blue"));
        assertEquals(Color.ansi(9), Colours.color("brightred"));
        assertEquals(Color.palette(200), Colours.color("colour200"));
        assertEquals(Color.rgb(0xff, 0x80, 0x00), Colours.color("#ff8000"));
        assertEquals(Color.DEFAULT, Colours.color("default"));
    }
}
