package dev.mux.server.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pane must survive any byte stream: no exception, cursor always on screen. */
class RobustnessTest {
    private static final String[] FRAGMENTS = {
        "\033[", "\033]", "\033P", "\033_", "\033(0", "\033)0", "\016", "\017", "\033#8", "\033c", "\033[?1049h",
        "\033[?1049l", "\033[?47h", "\033[?6h", "\033[?7l", "\033[4h", "\033[2;5r", "\033[r", "\033[99999;99999H",
        "\033[38:2::1:2:3m", "\033[38;5m", "\033[48;2;1m", "\033[65535b", "\033[L", "\033[M", "\033[P", "\033[@",
        "\033[S", "\033[T", "\033[X", "\033[J", "\033[3J", "\033[K", "\033M", "\033D", "\033E", "\0337", "\0338",
        "\033[6n", "\033[c", "\033[!p", "\t", "\b", "\r", "\n", "\u4e2d", "\u0301", "\uD83D\uDE00", ";", ":", "?",
        "0", "9", "m", "h", "l", "\007", "\033\\",
    };

    @Test
    void randomAndMutatedBytesNeverThrow() {
        Random random = new Random(20240611L);
        byte[][] fragments = new byte[FRAGMENTS.length][];
        for (int index = 0; index < FRAGMENTS.length; index++) {
            fragments[index] = FRAGMENTS[index].getBytes(StandardCharsets.UTF_8);
        }
        Terminal terminal = new Terminal(80, 24, 500, bytes -> { });
        byte[] chunk = new byte[4096];
        long fed = 0;
        while (fed < 4_000_000) {
            int length = 0;
            while (length < chunk.length - 16) {
                if (random.nextInt(3) == 0) {
                    chunk[length++] = (byte) random.nextInt(256);
                } else {
                    byte[] fragment = fragments[random.nextInt(fragments.length)];
                    System.arraycopy(fragment, 0, chunk, length, fragment.length);
                    length += fragment.length;
                }
            }
            terminal.feed(chunk, 0, length);
            fed += length;
            if (random.nextInt(50) == 0) {
                terminal.resize(1 + random.nextInt(120), 1 + random.nextInt(40));
            }
            assertCursorInBounds(terminal.screen());
        }
    }

    @Test
    void tinyScreensSurviveWideCharactersAndRegions() {
        Terminal terminal = new Terminal(1, 1, 10, bytes -> { });
        terminal.feed("\u4e2d\u4e2da\u0301\033[1;1r\033[5L\033[5M\033[9@\t\033[Z\033[?1049h\u4e2d".getBytes(StandardCharsets.UTF_8));
        assertCursorInBounds(terminal.screen());
    }

    private static void assertCursorInBounds(Screen screen) {
        assertTrue(screen.cursorColumn() >= 0 && screen.cursorColumn() < screen.columns(), "column");
        assertTrue(screen.cursorRow() >= 0 && screen.cursorRow() < screen.rows(), "row");
        for (int row = 0; row < screen.rows(); row++) {
            assertTrue(screen.line(row).columns() == screen.columns(), "line width");
        }
    }
}
