package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.term.Style;
import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A client's view paints each frame over the one before last ({@link Frame#clear()}), which keeps
 * the rows a paint copies again from an unchanged line and blanks the others only when touched.
 * Whatever is drawn, and whatever the screen did in between, such a frame must read exactly as a
 * new frame painted the same way.
 */
class FrameReuseTest {
    private static final int COLUMNS = 14;
    private static final int ROWS = 6;
    private static final String[] OUTPUT = {
        "text", "more text ", "x", "\r\n", "\033[K", "\033[2K", "\033[3@", "\033[2P", "\033[2J", "\033[H", "\033[3;5H",
        "\033[L", "\033[M", "\033[31m", "\033[0m", "\033(0q\033(B", "\u4e16", "e\u0301", "\033[?1049h", "\033[?1049l",
    };

    @Property(tries = 200)
    void aReusedFrameReadsAsANewOne(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Terminal terminal = new Terminal(COLUMNS, ROWS - 1, 50, bytes -> { });
        Frame shown = new Frame(COLUMNS, ROWS);
        Frame spare = new Frame(COLUMNS, ROWS);
        for (int step = 0; step < 40; step++) {
            for (int piece = random.nextInt(3); piece > 0; piece--) {
                terminal.feed(OUTPUT[random.nextInt(OUTPUT.length)].getBytes(StandardCharsets.UTF_8));
            }
            long paintSeed = random.nextLong();
            Frame reused = paint(spare.clear(), terminal, new SplittableRandom(paintSeed));
            Frame fresh = paint(new Frame(COLUMNS, ROWS), terminal, new SplittableRandom(paintSeed));
            for (int row = 0; row < ROWS; row++) {
                for (int column = 0; column < COLUMNS; column++) {
                    String where = "step " + step + ", row " + row + ", column " + column;
                    assertEquals(fresh.text(column, row), reused.text(column, row), where);
                    assertEquals(fresh.style(column, row), reused.style(column, row), where);
                }
            }
            spare = shown;
            shown = reused;
        }
    }

    /** The screen, mostly at the top left as a single pane, then a few other drawings over it. */
    private static Frame paint(Frame frame, Terminal terminal, SplittableRandom random) {
        int left = random.nextInt(4) == 0 ? random.nextInt(3) : 0;
        int top = random.nextInt(4) == 0 ? random.nextInt(2) : 0;
        frame.drawScreen(terminal.screen(), left, top);
        long style = Style.withForeground(Style.DEFAULT, dev.mux.server.term.Color.palette(2));
        for (int drawing = random.nextInt(3); drawing > 0; drawing--) {
            int column = random.nextInt(COLUMNS);
            int row = random.nextInt(ROWS);
            switch (random.nextInt(4)) {
                case 0 -> frame.fill(0, ROWS - 1, COLUMNS, 1, ' ', style);
                case 1 -> frame.putString(column, row, random.nextBoolean() ? "[0] bash*" : "\u4e16x", style);
                case 2 -> frame.put(column, row, '\u2502', Style.DEFAULT);
                default -> frame.restyle(column, row, style);
            }
        }
        return frame;
    }
}
