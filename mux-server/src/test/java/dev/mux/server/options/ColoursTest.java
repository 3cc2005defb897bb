package dev.mux.server.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mux.server.term.Color;
import org.junit.jupiter.api.Test;

/** Colour option values as tmux 3.3a's set-option reads them and show-options prints them. */
class ColoursTest {
    private final OptionDefinition colour = OptionDefinition.colour("c", OptionScope.SESSION, "blue");

    private String set(String text) throws OptionException {
        return colour.format(colour.parse(text, "blue"));
    }

    @Test
    void printedInTmuxsSpelling() throws OptionException {
        // What tmux 3.3a's show -gv printed after set -g clock-mode-colour with each value.
        assertEquals("colour3", set("color3"));
        assertEquals("#ff0000", set("#FF0000"));
        assertEquals("yellow", set("3"));
        assertEquals("blue", set("BLUE"));
        assertEquals("brightred", set("brightred"));
        assertEquals("brightwhite", set("97"));
        assertEquals("default", set("default"));
        assertEquals("terminal", set("terminal"));
    }

    @Test
    void anUnknownColourIsTmuxsError() {
        assertEquals("bad colour: foo", assertThrows(OptionException.class, () -> set("foo")).getMessage());
        assertEquals("bad colour: colour256", assertThrows(OptionException.class, () -> set("colour256")).getMessage());
        assertEquals("bad colour: #12345", assertThrows(OptionException.class, () -> set("#12345")).getMessage());
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
