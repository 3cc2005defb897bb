package dev.mux.server.render;

import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.term.Color;
import dev.mux.server.term.Style;
import dev.mux.server.term.Terminal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plays the diff into our own emulator, standing in for the client's terminal, and compares. */
class FrameDiffTest {
    private static final int[] CHARACTERS = {'a', 'b', ' ', ' ', ' ', '\u4e2d', '\uff21', '\u00e9', '\u2500'};
    private static final long[] STYLES = {
        Style.DEFAULT,
        Style.BOLD | Style.withForeground(0, Color.palette(1)),
        Style.withBackground(0, Color.palette(4)),
        Style.withBackground(0, Color.rgb(10, 20, 30)),
        Style.withUnderline(Style.ITALIC, Style.UNDERLINE_CURLY) | Style.withForeground(0, Color.palette(200)),
        Style.REVERSE | Style.withForeground(0, Color.palette(9)),
    };

    private static void assertShows(Terminal client, Frame frame) {
        Frame shown = Frame.of(client.screen());
        for (int row = 0; row < frame.rows(); row++) {
            for (int column = 0; column < frame.columns(); column++) {
                String where = "cell " + column + "," + row;
                assertEquals(frame.text(column, row), shown.text(column, row), where);
                assertEquals(asSent(frame.style(column, row)), shown.style(column, row), where);
            }
        }
        assertEquals(frame.cursorColumn(), client.screen().cursorColumn(), "cursor column");
        assertEquals(frame.cursorRow(), client.screen().cursorRow(), "cursor row");
        assertEquals(frame.cursorVisible(), client.screen().modes().cursorVisible(), "cursor visibility");
    }

    /**
     * The style as the client reads it back: the first 16 palette colours are written as the ANSI
     * colours they are (SGR 31, not 38;5;1), as terminfo's setaf writes them for tmux.
     */
    private static long asSent(long style) {
        return Style.withBackground(Style.withForeground(style, asSent(Style.foreground(style))), asSent(Style.background(style)));
    }

    private static int asSent(int color) {
        return Color.isPalette(color) && Color.value(color) < 16 ? Color.ansi(Color.value(color)) : color;
    }

    private static Terminal client(Frame frame) {
        return new Terminal(frame.columns(), frame.rows(), 0, bytes -> { });
    }

    @Test
    void fullRedrawReproducesTheFrame() {
        Frame frame = new Frame(10, 3);
        frame.putString(0, 0, "hello \u4e16\u754c", Style.BOLD);
        frame.putString(3, 2, "tail", Style.withBackground(0, Color.palette(2)));
        frame.setCursor(4, 1, true);
        Terminal client = client(frame);
        client.feed(FrameDiff.render(null, frame));
        assertShows(client, frame);
    }

    @Test
    void identicalFramesNeedNoBytes() {
        Frame frame = new Frame(5, 2);
        frame.putString(0, 0, "abc", Style.DEFAULT);
        Frame same = new Frame(5, 2);
        same.putString(0, 0, "abc", Style.DEFAULT);
        assertEquals(0, FrameDiff.render(frame, same).length);
    }

    @Test
    void aClearedFrameIsABlankOne() {
        Frame used = new Frame(10, 3);
        used.putString(0, 0, "e\u0301 \u4e16", Style.BOLD);
        used.fill(0, 1, 10, 2, 'x', Style.withBackground(0, Color.palette(2)));
        used.setCursor(4, 1, false);
        assertEquals(0, FrameDiff.render(new Frame(10, 3), used.clear()).length, "nothing differs from a new frame");
    }

    @Test
    void onlyChangedCellsAreWritten() {
        Frame before = new Frame(20, 2);
        before.putString(0, 0, "the quick brown fox", Style.DEFAULT);
        Frame after = new Frame(20, 2);
        after.putString(0, 0, "the quick green fox", Style.DEFAULT);
        String bytes = new String(FrameDiff.render(before, after), StandardCharsets.UTF_8);
        assertTrue(bytes.contains("gree"), bytes);
        assertFalse(bytes.contains("quick"), bytes);
        assertFalse(bytes.contains("fox"), bytes);
    }

    @Test
    void aCharacterTypedAtTheCursorIsSentAlone() {
        Frame before = new Frame(20, 2);
        before.putString(0, 1, "$ ls", Style.DEFAULT);
        before.setCursor(4, 1, true);
        Frame after = new Frame(20, 2);
        after.putString(0, 1, "$ ls\u00e9", Style.DEFAULT);
        after.setCursor(5, 1, true);

        assertEquals("\u00e9", new String(FrameDiff.render(before, after), StandardCharsets.UTF_8));
    }

    @Test
    void theCursorIsHiddenWhileAnUpdateMovesIt() {
        Frame before = new Frame(20, 2);
        before.setCursor(4, 1, true);
        Frame after = new Frame(20, 2);
        after.putString(10, 0, "12:01", Style.BOLD);
        after.setCursor(4, 1, true);

        String bytes = new String(FrameDiff.render(before, after), StandardCharsets.UTF_8);
        assertTrue(bytes.startsWith("\033[?25l\033[1;11H"), bytes);
        assertTrue(bytes.endsWith("\033[2;5H\033[0m\033[?25h"), bytes);
    }

    @Test
    void blankTailsAreErasedWithEl() {
        Frame before = new Frame(20, 1);
        before.putString(0, 0, "a long line of text", Style.DEFAULT);
        Frame after = new Frame(20, 1);
        after.putString(0, 0, "a", Style.DEFAULT);
        String bytes = new String(FrameDiff.render(before, after), StandardCharsets.UTF_8);
        assertTrue(bytes.contains("\033[K"), bytes);
        Terminal client = client(before);
        client.feed(FrameDiff.render(null, before));
        client.feed(FrameDiff.render(before, after));
        assertShows(client, after);
    }

    /** terminfo(5): without bce, an erase fills with the default background, so a coloured tail is written as spaces. */
    @Test
    void aColouredTailIsErasedOnlyOnATerminalWithBce() {
        long yellow = Style.withBackground(Style.DEFAULT, Color.palette(3));
        Frame after = new Frame(20, 1);
        after.fill(0, 0, 20, 1, ' ', yellow);
        after.putString(0, 0, "a", Style.DEFAULT);
        String withBce = new String(FrameDiff.render(new Frame(20, 1), after), StandardCharsets.UTF_8);
        assertTrue(withBce.contains("\033[K"), withBce);
        ClientTerminal noBce = ClientTerminal.build("t", null, List.of(), List.of(), String::equals);
        String withoutBce = new String(FrameDiff.render(new Frame(20, 1), after, noBce), StandardCharsets.UTF_8);
        assertFalse(withoutBce.contains("\033[K"), withoutBce);
        assertTrue(withoutBce.contains(" ".repeat(19)), withoutBce);
    }

    @Test
    void cursorVisibilityFollowsTheFrame() {
        Frame visible = new Frame(4, 1);
        Frame hidden = new Frame(4, 1);
        hidden.setCursor(2, 0, false);
        Terminal client = client(visible);
        client.feed(FrameDiff.render(null, visible));
        client.feed(FrameDiff.render(visible, hidden));
        assertShows(client, hidden);
        client.feed(FrameDiff.render(hidden, visible));
        assertShows(client, visible);
    }

    @Test
    void drawsScreensAtAnOffsetWithLineDrawing() {
        Terminal pane = new Terminal(4, 2, 0, bytes -> { });
        pane.feed("\033(0lqk\033(B\r\n\u4e2d\u4e2d".getBytes(StandardCharsets.UTF_8));
        Frame frame = new Frame(5, 3);
        frame.drawScreen(pane.screen(), 2, 1);
        assertEquals("\u250c", frame.text(2, 1));
        assertEquals("\u2500", frame.text(3, 1));
        assertEquals("\u2510", frame.text(4, 1));
        assertEquals(Style.DEFAULT, frame.style(2, 1));
        assertEquals("\u4e2d", frame.text(2, 2));
        assertEquals(" ", frame.text(4, 2), "a wide character cut by the edge becomes a blank");
    }

    @Test
    void randomEditsAreReproduced() {
        Random random = new Random(7L);
        for (int trial = 0; trial < 40; trial++) {
            int columns = 1 + random.nextInt(30);
            int rows = 1 + random.nextInt(8);
            Frame previous = randomFrame(random, columns, rows, null);
            Terminal client = client(previous);
            client.feed(FrameDiff.render(null, previous));
            assertShows(client, previous);
            for (int step = 0; step < 25; step++) {
                Frame next = randomFrame(random, columns, rows, previous);
                client.feed(FrameDiff.render(previous, next));
                assertShows(client, next);
                previous = next;
            }
        }
    }

    /** A copy of {@code base} (or a blank frame) with a few random runs of text and a new cursor. */
    private static Frame randomFrame(Random random, int columns, int rows, Frame base) {
        Frame frame = new Frame(columns, rows);
        if (base != null) {
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    if (base.width(column, row) != 0) {
                        frame.put(column, row, base.codePoint(column, row), base.style(column, row));
                    }
                }
            }
        }
        int edits = 1 + random.nextInt(6);
        for (int edit = 0; edit < edits; edit++) {
            int row = random.nextInt(rows);
            int column = random.nextInt(columns);
            long style = STYLES[random.nextInt(STYLES.length)];
            int length = 1 + random.nextInt(columns);
            for (int index = 0; index < length; index++) {
                column = frame.put(column, row, CHARACTERS[random.nextInt(CHARACTERS.length)], style);
            }
        }
        frame.setCursor(random.nextInt(columns), random.nextInt(rows), random.nextInt(4) != 0);
        return frame;
    }
}
