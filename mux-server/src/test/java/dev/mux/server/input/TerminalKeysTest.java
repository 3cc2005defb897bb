package dev.mux.server.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keys as tmux 3.3a reads them from a client's terminal (tty-keys.c) and writes them to a pane
 * (input-keys.c); the expected sequences are xterm's modified forms, which tmux sends for them.
 */
class TerminalKeysTest {
    @Test
    void anEscBeforeAnExtendedKeyIsMetaEscapeAndThenText() {
        assertKeys("\033\033[13;5u", "M-Escape:\033\033", "[:[", "1:1", "3:3", ";:;", "5:5", "u:u");
        assertKeys("\033\033[27;5;13~", "M-Escape:\033\033", "[:[", "2:2", "7:7", ";:;", "5:5", ";:;", "1:1", "3:3", "~:~");
    }

    @Test
    void rxvtAndOldXtermFormsSendXtermsForm() {
        assertKeys("\033[11@", "C-S-F1:\033[1;6P");
        assertKeys("\033[11^\033[24$x", "C-F1:\033[1;5P", "S-F12:\033[24;2~", "x:x");
        assertKeys("\033Oa\033[d", "C-Up:\033[1;5A", "S-Left:\033[1;2D");
        assertKeys("\033O5P\033O1;2Q", "C-F1:\033[1;5P", "S-F2:\033[1;2Q");
        assertKeys("\033[H\033OF", "Home:\033[1~", "End:\033[4~");
    }

    @Test
    void modifierNineIsMeta() {
        assertKeys("\033[1;9A\033[5;9~", "M-Up:\033[1;3A", "M-PPage:\033[5;3~");
    }

    @Test
    void anEscBeforeAKeyIsMetaUnlessTheKeySaysMetaItself() {
        assertKeys("\033\033[7^", "M-C-Home:\033\033[1;5H");
        assertKeys("\033\033[1;5A", "M-C-Up:\033\033[1;5A");
        assertKeys("\033\033OA", "M-Up:\033\033OA");
        assertKeys("\033\033[1;3A", "Escape:\033", "M-Up:\033[1;3A");
        assertKeys("\033\033[H", "M-Home:\033[1;3H");
    }

    @Test
    void anRxvtShiftKeyAtTheEndIsWhole() {
        assertEquals(5, EscapeWait.incompleteTail("\033[11$".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(0, EscapeWait.incompleteTail("\033[11".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aSpecialKeyWithNoSequenceOfItsOwnGoesByItsNumberToAPaneThatAsked() {
        // Numbers as tmux 3.3a writes them: its key codes for BTab, KP1 and KP.
        assertEquals("\033[1106343;5u", text(KeyNames.encode("C-BTab", false, false, true)));
        assertEquals("\033[1106358;2u", text(KeyNames.encode("S-KP1", false, false, true)));
        assertEquals("\033[1106363;7u", text(KeyNames.encode("M-C-KP.", false, true, true)));
        assertEquals("\033\033[Z", text(KeyNames.encode("M-BTab", false, false, true)));
        assertEquals("", text(KeyNames.encode("C-BTab", false, false, false)));
        assertEquals(null, KeyNames.encode("S-BTab", false, false, false));
    }

    /** Each expected key as {@code name:sends}: its canonical form is that of the name. */
    private static void assertKeys(String typed, String... expected) {
        List<KeyReader.Key> keys = KeyReader.read(typed.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(expected.length, keys.size(), "keys of " + typed);
        for (int i = 0; i < expected.length; i++) {
            int colon = expected[i].indexOf(':', 1);
            String name = expected[i].substring(0, colon);
            assertEquals(KeyReader.canonical(name), keys.get(i).canonical(), "key " + i + " of " + typed);
            assertEquals(expected[i].substring(colon + 1), text(keys.get(i).typed()), "what key " + i + " sends");
        }
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
