package dev.mux.server.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decoder driven the way the parser drives it, with sequences already split, and no bytes:
 * what each one means for the screen, and what a query answers.
 */
class DecoderTest {
    private final List<String> replies = new ArrayList<>();
    private final Screen screen = new Screen(10, 6, 100);
    private final Decoder decoder = new Decoder(screen, bytes -> replies.add(new String(bytes, StandardCharsets.US_ASCII)));

    private static Params params(int... values) {
        Params params = new Params();
        for (int value : values) {
            params.startGroup();
            for (char digit : Integer.toString(value).toCharArray()) {
                params.appendDigit(digit - '0');
            }
        }
        return params;
    }

    private void csi(int intermediates, int finalByte, int... values) {
        decoder.csiDispatch(params(values), intermediates, false, finalByte);
    }

    private void print(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        decoder.printAscii(bytes, 0, bytes.length);
    }

    @Test
    void inOriginModeCursorAddressingAndItsReportCountFromTheTopMargin() {
        csi(0, 'r', 2, 4);
        csi('?', 'h', 6);
        csi(0, 'H', 2, 3);
        assertEquals(2, screen.cursorColumn());
        assertEquals(2, screen.cursorRow());
        csi(0, 'n', 6);
        assertEquals(List.of("\033[2;3R"), replies);
    }

    @Test
    void modeNumbersSetTheOneModesValueAndFullResetRestoresTheInitialOne() {
        csi('?', 'h', 1, 2004, 1004, 1002, 1006, 25);
        csi('?', 'l', 25);
        decoder.escDispatch(0, false, '=');
        csi(0, 'h', 4);
        Modes modes = screen.modes();
        assertTrue(modes.applicationCursorKeys() && modes.applicationKeypad() && modes.bracketedPaste()
            && modes.focusEvents() && modes.insertMode() && !modes.cursorVisible());
        assertEquals(MouseTracking.BUTTON_MOTION, modes.mouseTracking());
        assertEquals(MouseEncoding.SGR, modes.mouseEncoding());
        decoder.escDispatch(0, false, 'c');
        assertEquals(Modes.INITIAL, screen.modes());
    }

    @Test
    void repeatRepeatsTheCharacterPrintedJustBefore() {
        print("ab");
        csi(0, 'b', 3);
        assertEquals("abbbb", screen.line(0).plainText());
    }

    @Test
    void aSequenceMarkedIgnoredChangesNothing() {
        print("abc");
        decoder.csiDispatch(params(2), 0, true, 'J');
        decoder.csiDispatch(params(1), 0, true, 'G');
        decoder.escDispatch('#', true, '8');
        assertEquals("abc", screen.line(0).plainText());
        assertEquals(3, screen.cursorColumn());
    }

    @Test
    void deviceAttributesAnswerAsTmuxDoes() {
        csi(0, 'c');
        csi('>', 'c');
        assertEquals(List.of("\033[?1;2c", "\033[>84;0;0c"), replies);
    }

    @Test
    void theTitleComesFromOsc0And2Only() {
        byte[] title = "2;make".getBytes(StandardCharsets.US_ASCII);
        decoder.oscDispatch(title, title.length);
        byte[] other = "1;icon".getBytes(StandardCharsets.US_ASCII);
        decoder.oscDispatch(other, other.length);
        assertEquals("make", screen.title());
    }
    @Test
    void synchronizedOutputIsAModeThatDecrqmReports() {
        // The synchronized output spec: CSI ? 2026 h/l set and reset it; DECRQM (CSI ? 2026 $ p)
        // answers CSI ? 2026 ; 1 $ y while set and ; 2 while reset.
        csi('?' << 8 | '$', 'p', 2026);
        csi('?', 'h', 2026);
        assertTrue(screen.modes().synchronizedOutput());
        csi('?' << 8 | '$', 'p', 2026);
        csi('?', 'l', 2026);
        assertFalse(screen.modes().synchronizedOutput());
        csi('?' << 8 | '$', 'p', 25);
        assertEquals(List.of("\033[?2026;2$y", "\033[?2026;1$y"), replies, "no answer for modes tmux has");
    }

    @Test
    void modifyOtherKeysAsksForExtendedKeysAsTmuxReadsIt() {
        for (int[] on : new int[][] {{4, 1}, {4, 2}}) {
            csi('>', 'm', on);
            assertTrue(screen.modes().extendedKeys());
            csi('>', 'm', 4, 0);
            assertFalse(screen.modes().extendedKeys());
        }
        csi('>', 'm', 4, 1);
        csi('>', 'm', 4, 3);
        assertTrue(screen.modes().extendedKeys(), "a level xterm has and tmux does not leaves the mode");
        csi('>', 'm', 0);
        assertFalse(screen.modes().extendedKeys());
        csi('>', 'm', 4, 2);
        csi('>', 'n', 4);
        assertFalse(screen.modes().extendedKeys());
        csi('>', 'm', 4, 1);
        decoder.escDispatch(0, false, 'c');
        assertFalse(screen.modes().extendedKeys(), "a full reset ends it");
    }

    @Test
    void withExtendedKeysAlwaysThePaneStartsWithThemAndOnlyCsiGreaterFourNEndsThem() {
        Terminal pane = new Terminal(10, 3, 0, bytes -> { });
        pane.extendedKeysAlways(() -> true);
        assertTrue(pane.screen().modes().extendedKeys());
        pane.feed("\033[>4;0m\033[>0m".getBytes(StandardCharsets.US_ASCII));
        assertTrue(pane.screen().modes().extendedKeys(), "tmux ignores modifyOtherKeys under always");
        pane.feed("\033[>4n".getBytes(StandardCharsets.US_ASCII));
        assertFalse(pane.screen().modes().extendedKeys());
        pane.feed("\033[>4;1m".getBytes(StandardCharsets.US_ASCII));
        assertFalse(pane.screen().modes().extendedKeys());
        Terminal later = new Terminal(10, 3, 0, bytes -> { });
        later.extendedKeysAlways(() -> false);
        assertFalse(later.screen().modes().extendedKeys(), "a pane made while the option is not always");
    }
}
