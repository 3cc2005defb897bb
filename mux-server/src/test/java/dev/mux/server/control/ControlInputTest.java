package dev.mux.server.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lines cut from input in any pieces, tmux's escaping of pane output, and the flags of -f. */
class ControlInputTest {

    @Test
    void linesEndAtLineFeedsWhateverThePiecesAndTheEndIsAnEmptyLine() {
        ControlInput input = new ControlInput();
        input.add("list-win".getBytes(StandardCharsets.UTF_8));
        assertNull(input.next());
        input.add("dows\nnew-window\r\n\nlast".getBytes(StandardCharsets.UTF_8));
        assertEquals("list-windows", input.next());
        // Only LF ends a line, as in tmux: the CR stays in it (and makes an unknown command).
        assertEquals("new-window\r", input.next());
        assertEquals("", input.next());
        assertNull(input.next());
        input.end();
        assertEquals("last", input.next());
        assertEquals(ControlInput.END, input.next());
        input.add("ignored\n".getBytes(StandardCharsets.UTF_8));
        assertNull(input.next());
    }

    @Test
    void aLineWithoutEndIsCutAtTheBound() {
        ControlInput input = new ControlInput();
        input.add(new byte[ControlInput.MAX_LINE_BYTES * 2]);
        input.add(new byte[] {'\n'});
        assertEquals(ControlInput.MAX_LINE_BYTES, input.next().length());
    }

    @Test
    void controlBytesAndBackslashAreOctalAndTheRestPassesAsItIs() {
        byte[] bytes = {0, 7, 10, 13, 27, 31, ' ', '\\', 'a', 0x7f, (byte) 0xc3, (byte) 0xa9};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputEscaping.escape(bytes, bytes.length, out);
        byte[] expected = "\\000\\007\\012\\015\\033\\037 \\134a\u007f".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.writeBytes(expected);
        whole.write(0xc3);
        whole.write(0xa9);
        assertEquals(whole.toString(StandardCharsets.ISO_8859_1), out.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void flagsAreACommaListWithNotAndPauseAfterInSeconds() {
        ControlFlags flags = new ControlFlags();
        flags.apply("no-output,pause-after=3,wait-exit,unknown,read-only");
        assertEquals(true, flags.noOutput);
        assertEquals(3000, flags.pauseAfterMillis);
        assertEquals(true, flags.waitExit && flags.readOnly);
        flags.apply("!no-output,!pause-after,ignore-size,active-pane");
        assertEquals(false, flags.noOutput);
        assertEquals(false, flags.pausing());
        assertEquals(true, flags.ignoreSize && flags.activePane);
        flags.apply("pause-after");
        assertEquals(0, flags.pauseAfterMillis);
    }
}
