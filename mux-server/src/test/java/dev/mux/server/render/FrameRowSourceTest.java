package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The diff skips a row that both frames copied from the same screen line at the same version
 * ({@link Frame#sameSource}). That is only sound if every edit of a line changes its version: after
 * any output between two frames, a row the frames say has the same source must show the same cells.
 */
class FrameRowSourceTest {
    private static final String[] OUTPUT = {
        "text", "more text ", "x", "\r", "\n", "\r\n", "\033[K", "\033[1K", "\033[2K", "\033[3@", "\033[2P", "\033[4X",
        "\033[2J", "\033[H", "\033[3;5H", "\033[L", "\033[M", "\033[S", "\033[T", "\033M", "\033[2;4r", "\033[r",
        "\033[31m", "\033[0m", "\033[4h", "\033[4l", "\033(0q\033(B", "\u4e16", "e\u0301", "\b", "\t", "\033[?7l",
        "\033[?7h", "\033[?1049h", "\033[?1049l", "\0337", "\0338", "\033[5b", "\033c",
    };

    @Property(tries = 200)
    void rowsWithTheSameSourceShowTheSameCells(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Terminal terminal = new Terminal(12, 5, 50, bytes -> { });
        Frame before = Frame.of(terminal.screen());
        for (int step = 0; step < 60; step++) {
            int pieces = random.nextInt(4);
            for (int piece = 0; piece < pieces; piece++) {
                terminal.feed(OUTPUT[random.nextInt(OUTPUT.length)].getBytes(StandardCharsets.UTF_8));
            }
            if (random.nextInt(30) == 0) {
                terminal.resize(12, 5 + random.nextInt(2));
            }
            Frame after = Frame.of(terminal.screen());
            for (int row = 0; row < Math.min(before.rows(), after.rows()); row++) {
                if (before.columns() == after.columns() && before.sameSource(after, row)) {
                    for (int column = 0; column < after.columns(); column++) {
                        assertTrue(before.sameCell(after, column, row), "row " + row + ", column " + column + " after step " + step);
                    }
                }
            }
            before = after;
        }
    }

    @Test
    void anUnchangedRowIsSkippedAndAChangedOneIsWritten() {
        Terminal terminal = new Terminal(12, 3, 50, bytes -> { });
        terminal.feed("one\r\ntwo\r\nthree".getBytes(StandardCharsets.UTF_8));
        Frame before = Frame.of(terminal.screen());
        terminal.feed("\033[2;4H!".getBytes(StandardCharsets.UTF_8));
        Frame after = Frame.of(terminal.screen());
        assertTrue(before.sameSource(after, 0), "row 0 came from the same, unchanged line");
        assertTrue(!before.sameSource(after, 1), "row 1's line changed");
        String diff = new String(FrameDiff.render(before, after), StandardCharsets.UTF_8);
        assertTrue(diff.contains("!"), diff);
        assertEquals(-1, diff.indexOf("one"), diff);
    }
}
