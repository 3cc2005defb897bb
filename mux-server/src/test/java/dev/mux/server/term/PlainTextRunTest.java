package dev.mux.server.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Runs of plain ASCII reach the screen whole ({@link Screen#printAscii}) and line ends skip the
 * parser's table; given to {@link Parser#advance(int)} byte by byte, the same bytes go through the
 * table and character by character through {@link Screen#print}. Both must leave the same cells,
 * styles, marks, wrap flags, history and cursor, whatever surrounds the runs.
 */
class PlainTextRunTest {
    private static final int CHUNK = 4096;

    @Property(tries = 60)
    void runsLeaveWhatCharacterByCharacterLeaves(@ForAll long seed, @ForAll @IntRange(min = 1, max = 160) int columns,
                                                 @ForAll @IntRange(min = 1, max = 40) int rows) {
        SplittableRandom random = new SplittableRandom(seed);
        Terminal whole = new Terminal(columns, rows, 200, reply -> { });
        Screen byByte = new Screen(columns, rows, 200);
        Parser parser = new Parser(new Decoder(byByte, reply -> { }));
        byte[] chunk = new byte[CHUNK];
        for (int round = 0; round < 8; round++) {
            EmulatorFuzzTest.fill(chunk, random);
            whole.feed(chunk);
            for (byte b : chunk) {
                parser.advance(b & 0xff);
            }
            byByte.endOfRead(); // as Terminal.feed ends each read
            assertSameScreen(byByte, whole.screen());
        }
    }

    @Test
    void aRunOverwritingHalfAWideCharacterBlanksItsOtherHalf() {
        String input = "\u4e2d\u4e2d\u4e2d\r\033[4Gxy";
        assertSameScreen(fedByByte(input, 10, 2), fed(input, 10, 2));
        assertEquals("\u4e2d xy", fed(input, 10, 2).captureVisibleText().lines().findFirst().orElseThrow());
        String atColumnOne = "\u4e2d\u4e2d\r\033[Cab";
        assertSameScreen(fedByByte(atColumnOne, 10, 2), fed(atColumnOne, 10, 2));
    }

    @Test
    void aRunLongerThanTheScreenWrapsAndScrollsAsCharactersDo() {
        String input = "x".repeat(95) + "\033[31m" + "y".repeat(7) + "\033[4h" + "insert" + "\033[4l\033(0" + "qqq";
        assertSameScreen(fedByByte(input, 9, 3), fed(input, 9, 3));
    }

    private static Terminal fed(String input, int columns, int rows) {
        Terminal terminal = new Terminal(columns, rows, 100, reply -> { });
        terminal.feed(input.getBytes(StandardCharsets.UTF_8));
        return terminal;
    }

    private static Screen fedByByte(String input, int columns, int rows) {
        Screen screen = new Screen(columns, rows, 100);
        Parser parser = new Parser(new Decoder(screen, reply -> { }));
        for (byte b : input.getBytes(StandardCharsets.UTF_8)) {
            parser.advance(b & 0xff);
        }
        return screen;
    }

    private static void assertSameScreen(Screen expected, Terminal actual) {
        assertSameScreen(expected, actual.screen());
    }

    private static void assertSameScreen(Screen expected, Screen actual) {
        assertEquals(expected.historySize(), actual.historySize(), "history size");
        for (int index = 0; index < expected.historySize() + expected.rows(); index++) {
            Line want = expected.historyOrVisibleLine(index);
            Line got = actual.historyOrVisibleLine(index);
            String where = "line " + index;
            assertEquals(want.used(), got.used(), where + " used");
            assertEquals(want.wrapped(), got.wrapped(), where + " wrapped");
            for (int column = 0; column < want.columns(); column++) {
                assertEquals(want.codePoint(column), got.codePoint(column), where + " column " + column);
                assertEquals(want.style(column), got.style(column), where + " style of column " + column);
                assertEquals(want.marks(column), got.marks(column), where + " marks of column " + column);
            }
        }
        assertEquals(expected.cursorColumn(), actual.cursorColumn(), "cursor column");
        assertEquals(expected.cursorRow(), actual.cursorRow(), "cursor row");
    }
}
