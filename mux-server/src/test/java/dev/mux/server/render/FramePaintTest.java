package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.term.Line;
import dev.mux.server.term.Style;
import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A screen's rows reach the frame as the client must see them, whether a row is plain text (copied
 * as a whole) or needs its cells looked at one by one (wide characters, marks, DEC graphics).
 */
class FramePaintTest {
    private static final int COLUMNS = 12;

    private static Terminal terminal(String output) {
        Terminal terminal = new Terminal(COLUMNS, 6, 0, bytes -> { });
        byte[] bytes = output.getBytes(StandardCharsets.UTF_8);
        terminal.feed(bytes);
        return terminal;
    }

    private static String row(Frame frame, int row) {
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < frame.columns(); column++) text.append(frame.text(column, row));
        return text.toString();
    }

    @Test
    void everyKindOfRowIsPaintedAsTheScreenShowsIt() {
        Terminal terminal = terminal("plain ascii\r\n"
                + "\033[1;31mcaf\u00e9 \u00bd\033[0m\r\n"
                + "ab\u4e16\u754cz\r\n"
                + "\033(0lqqk\033(B ok\r\n"
                + "e\u0301 mark\r\n"
                + "x\u200by");
        Frame frame = Frame.of(terminal.screen());
        assertEquals("plain ascii ", row(frame, 0));
        assertEquals("caf\u00e9 \u00bd      ", row(frame, 1));
        long boldRed = terminal.screen().line(1).style(0);
        assertTrue(Style.has(boldRed, Style.BOLD), "the screen's own style, bold and red");
        assertEquals(boldRed, frame.style(0, 1));
        assertEquals(boldRed, frame.style(5, 1));
        assertEquals(Style.DEFAULT, frame.style(6, 1));
        assertEquals("ab\u4e16\u754cz     ", row(frame, 2));
        assertEquals(0, frame.width(3, 2), "the right half of a wide character");
        assertEquals("\u250c\u2500\u2500\u2510 ok     ", row(frame, 3));
        assertEquals("e\u0301 mark      ", row(frame, 4));
        assertEquals(terminal.screen().line(5).plainText(), row(frame, 5).stripTrailing());
    }

    @Test
    void aPlainRowThatLaterGetsAWideCharacterOrGraphicsIsPaintedAsItNowIs() {
        // Scrolled first, so that the two rows are lines reused after scrolling off the top.
        Terminal terminal = terminal("scrolls\r\n".repeat(8) + "plain row\r\nsecond row");
        Frame.of(terminal.screen());
        terminal.feed("\033[5;3H\u4e16\033[6;1H\033(0lq\033(B".getBytes(StandardCharsets.UTF_8));
        Frame frame = Frame.of(terminal.screen());
        assertEquals("pl\u4e16n row   ", row(frame, 4));
        assertEquals("\u250c\u2500cond row  ", row(frame, 5));
    }

    @Test
    void plainTextOverTheLeftHalfOfAWideCharacterBlanksItsRightHalf() {
        Frame frame = new Frame(COLUMNS, 1);
        frame.putString(0, 0, "ab\u4e16", Style.DEFAULT);
        Line plain = terminal("xyz").screen().line(0);
        frame.drawLine(plain, 0, 0, 3);
        assertEquals("xyz" + " ".repeat(COLUMNS - 3), row(frame, 0));
        assertEquals(1, frame.width(3, 0), "no half of a character is left");
    }

    @Test
    void plainTextOverTheRightHalfOfAWideCharacterBlanksItsLeftHalf() {
        Frame frame = new Frame(COLUMNS, 1);
        frame.putString(0, 0, "\u4e16", Style.DEFAULT);
        Line plain = terminal("yz").screen().line(0);
        frame.drawLine(plain, 1, 0, 2);
        assertEquals(" yz" + " ".repeat(COLUMNS - 3), row(frame, 0));
    }

    @Test
    void aFillCoversItsRectangleInItsStyle() {
        Frame frame = new Frame(COLUMNS, 3);
        long style = Style.withBackground(Style.DEFAULT, dev.mux.server.term.Color.palette(2));
        frame.fill(-2, 1, 6, 5, '-', style);
        assertEquals(" ".repeat(COLUMNS), row(frame, 0));
        assertEquals("----" + " ".repeat(COLUMNS - 4), row(frame, 1));
        assertEquals("----" + " ".repeat(COLUMNS - 4), row(frame, 2));
        assertEquals(style, frame.style(3, 2));
        assertEquals(Style.DEFAULT, frame.style(4, 2));
    }

    @Test
    void aFillOverHalfOfAWideCharacterBlanksTheOtherHalf() {
        Frame frame = new Frame(COLUMNS, 1);
        frame.putString(0, 0, "a\u4e16", Style.DEFAULT);
        frame.fill(2, 0, 3, 1, '-', Style.DEFAULT);
        assertEquals("a ---" + " ".repeat(COLUMNS - 5), row(frame, 0));
    }

    @Test
    void aRowWiderThanTheFrameIsCut() {
        Frame frame = new Frame(5, 1);
        frame.drawLine(terminal("0123456789").screen().line(0), 2, 0, COLUMNS);
        assertEquals("  012", row(frame, 0));
    }
}
