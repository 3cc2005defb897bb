package dev.mux.server.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** OSC colour specs as tmux 3.3a's input_osc_parse_colour reads them; values worked by hand from its rules. */
class OscColoursTest {
    @Test
    void hexadecimalAndDecimalForms() {
        assertEquals(0xff8000, OscColours.parse("rgb:ff/80/00"));
        assertEquals(0xff8000, OscColours.parse("rgb:ffff/8000/0000"));
        assertEquals(0x12abef, OscColours.parse("#12abef"));
        assertEquals(0x12abef, OscColours.parse("#1234abcdefff"));
        assertEquals(0x0a141e, OscColours.parse("10,20,30"));
        // scanf's %d, then a byte: 300 is 44.
        assertEquals(0x2c0000, OscColours.parse("300,0,0"));
    }

    @Test
    void cmykAndCmyAreSubtractiveFractions() {
        assertEquals(0xff0000, OscColours.parse("cmyk:0/1/1/0"));
        assertEquals(0x3f7f7f, OscColours.parse("cmyk:0.5/0/0/0.5"));
        assertEquals(0x00ff00, OscColours.parse("cmy:1/0/1"));
        assertEquals(OscColours.NONE, OscColours.parse("cmyk:0/1/1/2"));
        assertEquals(OscColours.NONE, OscColours.parse("cmy:-0.5/0/0"));
    }

    @Test
    void namesAreX11sAndOtherFormsAreNoColour() {
        assertEquals(0xff0000, OscColours.parse("red"));
        assertEquals(0xf0f8ff, OscColours.parse("  AliceBlue "));
        assertEquals(0x7f7f7f, OscColours.parse("grey50"));
        assertEquals(0xbebebe, OscColours.parse("gray"));
        assertEquals(OscColours.NONE, OscColours.parse("grey101"));
        assertEquals(OscColours.NONE, OscColours.parse("rgbi:1/0/0"));
        assertEquals(OscColours.NONE, OscColours.parse("CIEXYZ:0.5/0.5/0.5"));
        assertEquals(OscColours.NONE, OscColours.parse("rgb:ff/00"));
        assertEquals(OscColours.NONE, OscColours.parse("nosuchcolour"));
    }
}
