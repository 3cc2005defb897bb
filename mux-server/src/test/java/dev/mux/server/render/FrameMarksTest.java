package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Combining marks reach the frame with their cell, on the screen and from history alike. */
class FrameMarksTest {
    @Test
    void aCellKeepsItsCombiningMarksAndItsNeighboursHaveNone() {
        Terminal terminal = new Terminal(10, 2, 100, bytes -> { });
        terminal.feed("e\u0301\u0323x\u4e2d\u0301".getBytes(StandardCharsets.UTF_8));
        Frame frame = Frame.of(terminal.screen());
        assertEquals("e\u0301\u0323", frame.text(0, 0));
        assertEquals("x", frame.text(1, 0));
        assertEquals("\u4e2d\u0301", frame.text(2, 0));
        assertEquals("", frame.text(3, 0));
    }

    @Test
    void aHistoryLineDrawnKeepsItsMarks() {
        Terminal terminal = new Terminal(10, 2, 100, bytes -> { });
        terminal.feed("a\u0308b\r\nsecond\r\nthird".getBytes(StandardCharsets.UTF_8));
        Frame frame = new Frame(10, 1);
        frame.drawLine(terminal.screen().historyLine(0), 0, 0, 10);
        assertEquals("a\u0308", frame.text(0, 0));
        assertEquals("b", frame.text(1, 0));
    }
}
