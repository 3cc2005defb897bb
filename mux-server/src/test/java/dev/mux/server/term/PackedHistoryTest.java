package dev.mux.server.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * History older than two blocks is kept packed ({@link PackedLines}): whatever is read back, in
 * order, out of order, or pulled back onto the screen, must be the lines that scrolled off.
 */
class PackedHistoryTest {
    /** How the screen keeps SGR 31 on a visible, never packed row. */
    private static final long RED = redOnScreen();

    private static long redOnScreen() {
        Terminal terminal = new Terminal(10, 2, 0, bytes -> { });
        terminal.feed("\033[31mx".getBytes(StandardCharsets.UTF_8));
        return terminal.screen().line(0).style(0);
    }

    /** Line {@code n}'s text: numbered, a wide character on every third line, combining marks on every fifth. */
    private static String text(int n) {
        return "line " + n + (n % 3 == 0 ? " 界" : "") + (n % 5 == 0 ? " e\u0301\u0302" : "") + " end";
    }

    private static Terminal printed(int columns, int rows, int limit, int lines) {
        Terminal terminal = new Terminal(columns, rows, limit, bytes -> { });
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < lines; n++) {
            // Odd lines red, so that styles cross the packing too.
            out.append(n % 2 == 1 ? "\033[31m" + text(n) + "\033[0m" : text(n)).append("\r\n");
        }
        terminal.feed(out.toString().getBytes(StandardCharsets.UTF_8));
        return terminal;
    }

    /** The number a line of {@link #text} starts with. */
    private static int number(Line line) {
        String text = line.plainText();
        return Integer.parseInt(text.substring("line ".length(), text.indexOf(' ', "line ".length())));
    }

    @Test
    void historyWaitsToBePackedAndReadsTheSameAfter() {
        assertTrue(!printed(40, 5, 5000, 1000).screen().hasHistoryToPack(), "a long history packs as lines come");
        Terminal terminal = printed(40, 5, Screen.DEFAULT_HISTORY_LIMIT, 1000);
        Screen screen = terminal.screen();
        assertTrue(screen.hasHistoryToPack(), "a thousand lines of the default history wait, unpacked");
        screen.packHistory();
        assertTrue(!screen.hasHistoryToPack(), "packed but the newest");
        assertEquals(1000 - 4, screen.historySize());
        for (int index = 0; index < screen.historySize(); index++) {
            assertEquals(text(index), screen.historyLine(index).plainText());
            assertEquals(index % 2 == 1 ? RED : Style.DEFAULT, screen.historyLine(index).style(0), "style of line " + index);
        }
        terminal.feed("more\r\n".repeat(10).getBytes(StandardCharsets.UTF_8));
        assertEquals("more", screen.historyLine(screen.historySize() - 1).plainText(), "lines still come after packing");
        assertEquals(text(0), screen.historyLine(0).plainText());
    }

    @Test
    void linesReadBackFromManyPackedBlocksAreTheOnesThatScrolledOff() {
        Screen screen = printed(40, 5, 5000, 3000).screen();
        int size = screen.historySize();
        // 3000 lines and a last empty row: all but the 4 lines still on screen went to history.
        assertEquals(3000 - 4, size);
        assertTrue(size > 10 * History.BLOCK_LINES, "several blocks packed");
        for (int index = 0; index < size; index++) {
            Line line = screen.historyLine(index);
            assertEquals(text(index), line.plainText());
            assertEquals(index % 2 == 1 ? RED : Style.DEFAULT, line.style(0), "style of line " + index);
            assertEquals(Style.DEFAULT, line.style(39));
        }
    }

    @Test
    void readingOutOfOrderGivesTheSameLines() {
        Screen screen = printed(40, 5, 5000, 2000).screen();
        int size = screen.historySize();
        for (int step = 0; step < 500; step++) {
            int index = (int) ((step * 7919L) % size);
            assertEquals(text(index), screen.historyLine(index).plainText());
        }
    }

    @Test
    void aFullHistoryDropsItsOldestTenthAcrossBlocksAndStaysInOrder() {
        int limit = 1000;
        Screen screen = printed(40, 5, limit, 5000).screen();
        int size = screen.historySize();
        assertTrue(size <= limit && size > limit * 9 / 10, "size " + size);
        int newest = number(screen.line(0)) - 1;
        for (int index = 0; index < size; index++) {
            assertEquals(text(newest - size + 1 + index), screen.historyLine(index).plainText());
        }
    }

    @Test
    void growingTheScreenPullsPackedLinesBackInOrder() {
        Terminal terminal = printed(40, 5, 5000, 1000);
        int before = terminal.screen().historySize();
        terminal.resize(40, 600);
        Screen screen = terminal.screen();
        assertEquals(before - 595, screen.historySize());
        int top = number(screen.line(0));
        assertEquals(screen.historySize(), top);
        for (int row = 0; row < 599; row++) {
            assertEquals(text(top + row), screen.line(row).plainText(), "row " + row);
        }
        terminal.feed("more\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(text(top), screen.historyLine(screen.historySize() - 1).plainText());
    }
}
