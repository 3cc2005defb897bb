package dev.mux.server.mouse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.term.MouseEncoding;
import dev.mux.server.term.MouseTracking;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MouseEventTest {
    private static MouseEvent parse(String report) {
        return MouseEvent.parse(report.getBytes(StandardCharsets.ISO_8859_1)).orElse(null);
    }

    private static String encode(MouseEvent event, int column, int row, MouseTracking tracking, MouseEncoding encoding) {
        byte[] bytes = MouseReports.encode(event, column, row, tracking, encoding);
        return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void sgrReportsGiveButtonPositionAndRelease() {
        assertEquals(new MouseEvent(0, 9, 4, false), parse("\033[<0;10;5M"));
        assertEquals(new MouseEvent(0, 9, 4, true), parse("\033[<0;10;5m"));
        assertTrue(parse("\033[<64;1;1M").wheelUp());
        assertTrue(parse("\033[<65;1;1M").wheelDown());
        assertTrue(parse("\033[<32;1;1M").isMotion());
        assertNull(parse("\033[A"));
        assertNull(parse("\033[<0;0;5M"));
    }

    @Test
    void x10ReportsAreReadToo() {
        MouseEvent event = parse("\033[M" + (char) 32 + (char) 42 + (char) 37);
        assertEquals(new MouseEvent(0, 9, 4, false), event);
        assertTrue(parse("\033[M" + (char) 35 + (char) 33 + (char) 33).release());
    }

    @Test
    void reportsAreEncodedAgainForThePanesModes() {
        MouseEvent click = new MouseEvent(0, 50, 20, false);
        assertEquals("\033[<0;3;4M", encode(click, 2, 3, MouseTracking.BUTTON_PRESSES, MouseEncoding.SGR));
        assertEquals("\033[M" + (char) 32 + (char) 35 + (char) 36, encode(click, 2, 3, MouseTracking.BUTTON_PRESSES, MouseEncoding.X10));
        MouseEvent release = new MouseEvent(0, 50, 20, true);
        assertEquals("\033[M" + (char) 35 + (char) 35 + (char) 36, encode(release, 2, 3, MouseTracking.BUTTON_MOTION, MouseEncoding.X10));
        assertArrayEquals("\033[M \u00c3\u00a3$".getBytes(StandardCharsets.ISO_8859_1),
                MouseReports.encode(click, 194, 3, MouseTracking.BUTTON_PRESSES, MouseEncoding.UTF8));
    }

    @Test
    void onlyTheEventsThePaneAskedForGetThrough() {
        MouseEvent drag = new MouseEvent(32, 1, 1, false);
        MouseEvent move = new MouseEvent(35, 1, 1, false);
        MouseEvent release = new MouseEvent(0, 1, 1, true);
        assertNull(encode(drag, 0, 0, MouseTracking.OFF, MouseEncoding.SGR));
        assertNull(encode(release, 0, 0, MouseTracking.X10, MouseEncoding.SGR));
        assertNull(encode(drag, 0, 0, MouseTracking.BUTTON_PRESSES, MouseEncoding.SGR));
        assertEquals("\033[<32;1;1M", encode(drag, 0, 0, MouseTracking.BUTTON_MOTION, MouseEncoding.SGR));
        assertNull(encode(move, 0, 0, MouseTracking.BUTTON_MOTION, MouseEncoding.SGR));
        assertEquals("\033[<35;1;1M", encode(move, 0, 0, MouseTracking.ALL_MOTION, MouseEncoding.SGR));
        assertFalse(encode(new MouseEvent(0, 0, 0, false), 230, 0, MouseTracking.BUTTON_PRESSES, MouseEncoding.X10) != null,
                "X10 cannot carry column 231");
    }
}
