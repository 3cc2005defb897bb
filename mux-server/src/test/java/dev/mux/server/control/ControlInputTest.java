package dev.mux.server.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mux.server.client.ClientFlags;
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
        byte[] garbage = new byte[ControlInput.MAX_LINE_BYTES * 2];
        java.util.Arrays.fill(garbage, (byte) 'a');
        input.add(garbage);
        input.add(new byte[] {'\n'});
        assertEquals(ControlInput.MAX_LINE_BYTES, input.next().length());
    }

    @Test
    void aLineEndsAtANulAsTmuxReadsItAsACString() {
        ControlInput input = new ControlInput();
        input.add("ab\0cd\n\0\0x\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("ab", input.next());
        assertEquals("", input.next(), "a line that begins with NUL is empty: it detaches");
        assertNull(input.next());
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
        ClientFlags common = new ClientFlags();
        flags.apply("no-output,pause-after=3,wait-exit,unknown,read-only", common);
        assertEquals(true, flags.noOutput);
        assertEquals(3000, flags.pauseAfterMillis);
        assertEquals(true, flags.waitExit && common.readOnly());
        assertEquals("attached,focused,control-mode,no-output,wait-exit,pause-after=3,read-only,UTF-8",
                common.describe(true, false));
        flags.apply("!no-output,!pause-after,ignore-size,active-pane,!read-only", common);
        assertEquals(false, flags.noOutput);
        assertEquals(false, flags.pausing());
        // tmux's order; read-only, once set, is not taken back by the flag list.
        assertEquals("attached,focused,control-mode,ignore-size,wait-exit,read-only,active-pane,UTF-8",
                common.describe(true, false));
        flags.apply("pause-after", common);
        assertEquals(0, flags.pauseAfterMillis);
    }
}
