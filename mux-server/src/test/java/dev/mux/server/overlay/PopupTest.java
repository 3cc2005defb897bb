package dev.mux.server.overlay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.input.KeyReader;
import dev.mux.server.mouse.MouseEvent;
import dev.mux.server.render.Frame;
import dev.mux.server.term.Style;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopupTest {
    private static final PopupLook PLAIN = new PopupLook(BoxLines.SINGLE, Style.DEFAULT, Style.DEFAULT, "");
    private static final PopupHost HOST = new PopupHost() {
        @Override
        public String topBufferName() {
            return "buffer0";
        }

        @Override
        public byte[] topBuffer() {
            return "pasted".getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public long chosenStyle() {
            return Style.DEFAULT;
        }

        @Override
        public boolean toPane(boolean leftRight, dev.mux.server.term.Terminal terminal, PopupProcess program) {
            return leftRight;
        }
    };

    /** A program that records what it was given and how it was ended. */
    private static final class Program implements PopupProcess {
        final ByteArrayOutputStream input = new ByteArrayOutputStream();
        final List<String> sizes = new ArrayList<>();
        boolean killed;

        @Override
        public void write(byte[] bytes) {
            input.writeBytes(bytes);
        }

        @Override
        public void resize(int columns, int rows) {
            sizes.add(columns + "x" + rows);
        }

        @Override
        public void kill() {
            killed = true;
        }
    }

    private static KeyReader.Key key(String typed) {
        return KeyReader.read(typed.getBytes(StandardCharsets.ISO_8859_1)).get(0);
    }

    @Test
    void tooSmallForItsBorderOrTooLargeForTheClientIsNotOpened() {
        assertNull(Popup.open(0, 0, 2, 5, 80, 24, PLAIN, Popup.CloseOnExit.NEVER, HOST, status -> { }));
        assertNull(Popup.open(0, 0, 81, 5, 80, 24, PLAIN, Popup.CloseOnExit.NEVER, HOST, status -> { }));
        Popup bare = Popup.open(0, 0, 1, 1, 80, 24, new PopupLook(BoxLines.NONE, 0, 0, ""), Popup.CloseOnExit.NEVER, HOST, s -> { });
        assertEquals(1, bare.innerColumns());
    }

    @Test
    void escapeClosesWithTheHangupStatusAndKillsTheProgramButWithDashEItIsTheProgramsKey() {
        int[] status = {-1};
        Popup popup = Popup.open(2, 1, 10, 5, 80, 24, PLAIN, Popup.CloseOnExit.NEVER, HOST, s -> status[0] = s);
        Program program = new Program();
        popup.run(program);
        popup.key(key("a"));
        assertEquals("a", program.input.toString(StandardCharsets.ISO_8859_1));
        assertTrue(popup.key(key("\033")).close());
        popup.closed();
        assertTrue(program.killed);
        assertEquals(Popup.HUNG_UP, status[0]);

        Popup closing = Popup.open(2, 1, 10, 5, 80, 24, PLAIN, Popup.CloseOnExit.ANY, HOST, s -> status[0] = s);
        Program other = new Program();
        closing.run(other);
        assertTrue(!closing.key(key("\003")).close());
        assertArrayEquals(new byte[] {3}, other.input.toByteArray());
    }

    @Test
    void dashEeClosesOnAZeroExitOnlyAndAnEndedProgramLeavesEscapeToClose() {
        int[] closes = {0};
        Popup popup = Popup.open(0, 0, 10, 5, 80, 24, PLAIN, Popup.CloseOnExit.ZERO, HOST, s -> { });
        popup.shown(() -> closes[0]++);
        popup.run(new Program());
        popup.ended(1);
        assertEquals(0, closes[0]);
        assertTrue(popup.key(key("\033")).close());

        Popup zero = Popup.open(0, 0, 10, 5, 80, 24, PLAIN, Popup.CloseOnExit.ZERO, HOST, s -> { });
        zero.shown(() -> closes[0]++);
        zero.run(new Program());
        zero.ended(0);
        assertEquals(1, closes[0]);
    }

    @Test
    void itDrawsItsBorderTitleAndOutputAndPutsTheCursorInside() {
        Popup popup = Popup.open(3, 2, 12, 5, 30, 10, new PopupLook(BoxLines.ROUNDED, Style.DEFAULT, Style.DEFAULT, "T"),
                Popup.CloseOnExit.NEVER, HOST, s -> { });
        popup.output("hi".getBytes(StandardCharsets.US_ASCII), 2);
        Frame frame = new Frame(30, 10);
        popup.draw(frame);
        assertEquals("╭", frame.text(3, 2));
        assertEquals("T", frame.text(5, 2));
        assertEquals("╯", frame.text(14, 6));
        assertEquals("h", frame.text(4, 3));
        assertEquals(6, frame.cursorColumn());
        assertEquals(3, frame.cursorRow());
    }

    @Test
    void aBorderDragMovesItInsideTheClientAndAThirdButtonDragResizesTheProgramsTerminal() {
        Popup popup = Popup.open(5, 5, 10, 5, 40, 20, PLAIN, Popup.CloseOnExit.NEVER, HOST, s -> { });
        Program program = new Program();
        popup.run(program);
        popup.mouse(new MouseEvent(0, 7, 5, false));
        popup.mouse(new MouseEvent(32, 8, 5, false));
        popup.mouse(new MouseEvent(32, 39, 0, false));
        popup.mouse(new MouseEvent(0, 39, 0, true));
        Frame frame = new Frame(40, 20);
        popup.draw(frame);
        assertEquals("┌", frame.text(30, 0));

        popup.mouse(new MouseEvent(2, 35, 4, false));
        popup.mouse(new MouseEvent(34, 36, 4, false));
        popup.mouse(new MouseEvent(34, 38, 8, false));
        popup.mouse(new MouseEvent(2, 38, 8, true));
        assertEquals(List.of("6x6"), program.sizes);
        assertEquals(0, program.input.size());
    }

    @Test
    void aRightClickOnTheTopBorderOpensTheMenuWhosePasteTypesTheNewestBufferAndWhoseCloseCloses() {
        Popup popup = Popup.open(5, 5, 30, 10, 80, 24, PLAIN, Popup.CloseOnExit.NEVER, HOST, s -> { });
        Program program = new Program();
        popup.run(program);
        popup.mouse(new MouseEvent(2, 20, 5, false));
        Frame frame = new Frame(80, 24);
        popup.draw(frame);
        assertEquals("C", frame.text(9, 6));
        assertTrue(!popup.key(key("p")).close());
        assertEquals("pasted", program.input.toString(StandardCharsets.US_ASCII));
        popup.mouse(new MouseEvent(2, 1, 1, false));
        assertTrue(popup.key(key("q")).close());
        popup.mouse(new MouseEvent(2, 1, 1, false));
        assertTrue(!popup.key(key("v")).close());
        popup.mouse(new MouseEvent(2, 1, 1, false));
        assertTrue(popup.key(key("h")).close());
        popup.closed();
        assertTrue(!program.killed);
    }
}
