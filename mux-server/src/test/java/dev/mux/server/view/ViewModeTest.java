package dev.mux.server.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.mode.ModeServices;
import dev.mux.server.mode.ModeStack;
import dev.mux.server.term.Line;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** View mode as tmux 3.3a's view of a command's output: the start shown, [offset/above] top right, q leaves. */
class ViewModeTest {
    private final ModeStack stack = new ModeStack(() -> { });
    private final ModeServices services = new ModeServices() {
        @Override
        public void addPasteBuffer(String text) {
            throw new AssertionError("a view copies nothing");
        }

        @Override
        public void schedule(long delayMillis, Runnable task) {
            throw new AssertionError("a view has no timer");
        }
    };

    /** A canvas of plain text rows. */
    private static final class TextCanvas implements ModeCanvas {
        final char[][] cells;

        TextCanvas(int columns, int rows) {
            cells = new char[rows][columns];
            for (char[] row : cells) Arrays.fill(row, ' ');
        }

        @Override
        public int columns() {
            return cells[0].length;
        }

        @Override
        public int rows() {
            return cells.length;
        }

        @Override
        public void drawLine(int row, Line line) {
            throw new AssertionError("a view draws text");
        }

        @Override
        public int putString(int column, int row, String text, long style) {
            for (int i = 0; i < text.length() && column + i < columns(); i++) cells[row][column + i] = text.charAt(i);
            return column + text.length();
        }

        @Override
        public void fill(int column, int row, int width, int height, long style) {
        }

        @Override
        public void restyle(int column, int row, long style) {
        }

        @Override
        public void showCursor(int column, int row) {
        }

        @Override
        public void prompt(String text) {
        }

        List<String> rowsText() {
            return Arrays.stream(cells).map(String::new).map(String::stripTrailing).toList();
        }
    }

    private ViewMode open() {
        return (ViewMode) stack.enter(ViewMode.NAME, ViewMode::new, services);
    }

    private List<String> draw(int columns, int rows) {
        TextCanvas canvas = new TextCanvas(columns, rows);
        stack.top().draw(canvas);
        return canvas.rowsText();
    }

    /** As tmux 3.3a's C-b ? (list-keys -N into a view): the first lines, and [lines above/lines above]. */
    @Test
    void showsTheStartAndScrollsWithTheIndicator() {
        open().add("one\ntwo\nthree\nfour\nfive\n");
        assertEquals(List.of("one        [2/2]", "two", "three"), draw(16, 3));
        stack.key("j");
        assertEquals(List.of("two        [1/2]", "three", "four"), draw(16, 3));
        stack.key("G");
        assertEquals(List.of("three      [0/2]", "four", "five"), draw(16, 3));
        stack.key("g");
        assertEquals(2, ((ViewMode) stack.top()).offset());
    }

    @Test
    void linesAddedKeepTheLinesInView() {
        open().add("one\ntwo\nthree\nfour\nfive");
        draw(16, 3);
        stack.key("G");
        open().add("six");
        assertEquals(List.of("three      [1/3]", "four", "five"), draw(16, 3));
    }

    @Test
    void addingToAnOpenViewAppends() {
        open().add("a");
        stack.key("k");
        ViewMode again = open();
        again.add("b\tc");
        assertSame(again, stack.top());
        assertEquals(List.of("a", "b       c"), again.lines());
        assertEquals(List.of("a          [0/0]", "b       c"), draw(16, 3).subList(0, 2));
    }

    @Test
    void qEscapeAndCtrlCLeave() {
        for (String key : List.of("q", "Escape", "C-c")) {
            open().add("x");
            stack.key(key);
            assertNull(stack.top(), key);
        }
    }
}
