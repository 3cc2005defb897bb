package dev.mux.server.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Extended keys read and written as tmux 3.3a's tty_keys_extended_key and input_key do; the
 * expected values are worked by hand from those rules (and xterm's modifier parameter, 1 plus
 * Shift 1, Meta 2, Control 4).
 */
class ExtendedKeysTest {
    private static long parse(String typed) {
        return ExtendedKeys.parse(typed.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String name(String typed) {
        return KeyCode.name(parse(typed));
    }

    private static String toPane(String typed, boolean extended) {
        return new String(ExtendedKeys.toPane(parse(typed), extended), StandardCharsets.ISO_8859_1);
    }

    @Test
    void bothFormsAreReadIntoKeysWithModifiers() {
        assertEquals("C-Enter", name("\033[27;5;13~"));
        assertEquals("C-Enter", name("\033[13;5u"));
        assertEquals("S-C-a", name("\033[27;6;65~"));
        assertEquals("S-C-a", name("\033[97;6u"));
        assertEquals("C-;", name("\033[59;5u"));
        assertEquals("C-a", name("\033[97;5u"));
        assertEquals("M-a", name("\033[97;3u"));
        assertEquals("C-M-Tab", name("\033[9;7u"));
        assertEquals("C-BSpace", name("\033[127;5u"));
        assertEquals("C-Space", name("\033[32;5u"));
        assertEquals("C-?", name("\033[63;5u"));
        // A modifier tmux does not know is none; 9 is Meta.
        assertEquals("a", name("\033[97;1u"));
        assertEquals("a", name("\033[97;17u"));
        assertEquals("M-a", name("\033[97;9u"));
        // What follows the two numbers is ignored.
        assertEquals("C-Enter", name("\033[27;5;13;1~"));
    }

    @Test
    void otherSequencesAreNoExtendedKey() {
        for (String other : List.of("\033[A", "\033[5~", "\033[15~", "\033[1;5A", "\033[15;5~", "\033[97u", "\033[28;5;13~",
                "\033[97:65;6u", "\033[<0;1;1M", "a", "\033[;5u", "\033[1114112;5u", "\033[55296;5u")) {
            assertEquals(KeyCode.NONE, parse(other), other);
        }
    }

    @Test
    void aPaneThatAskedGetsCsiUForKeysWithoutAPlainForm() {
        assertEquals("\033[13;5u", toPane("\033[27;5;13~", true));
        assertEquals("\033[65;6u", toPane("\033[97;6u", true));
        assertEquals("\033[59;5u", toPane("\033[27;5;59~", true));
        assertEquals("\033[9;7u", toPane("\033[9;7u", true));
        assertEquals("\033[127;5u", toPane("\033[127;5u", true));
        assertEquals("\033[64;6u", toPane("\033[32;6u", true));
        assertEquals("\033[50;5u", toPane("\033[50;5u", true));
        // Keys with a plain form keep it.
        assertEquals("\001", toPane("\033[97;5u", true));
        assertEquals("\033a", toPane("\033[97;3u", true));
        assertEquals("\033\001", toPane("\033[97;7u", true));
        assertEquals("\u00c3\u00a9", toPane("\033[233;5u", true), "é in UTF-8, without the C-");
    }

    @Test
    void aPaneThatDidNotAskGetsThePlainFormOrNothing() {
        assertEquals("", toPane("\033[27;5;13~", false));
        assertEquals("", toPane("\033[97;6u", false));
        assertEquals("", toPane("\033[59;5u", false));
        assertEquals("", toPane("\033[9;5u", false));
        assertEquals("", toPane("\033[127;5u", false));
        assertEquals("", toPane("\033[97;2u", false));
        assertEquals("\001", toPane("\033[97;5u", false));
        assertEquals("\000", toPane("\033[50;5u", false));
        assertEquals("\036", toPane("\033[54;5u", false));
        assertEquals("\037", toPane("\033[47;5u", false));
        assertEquals("\034", toPane("\033[124;5u", false));
        assertEquals("\033", toPane("\033[123;5u", false));
        assertEquals("\036", toPane("\033[126;5u", false));
        assertEquals("\177", toPane("\033[63;5u", false));
        assertEquals("\r", toPane("\033[13;1u", false));
    }

    @Test
    void sendKeysNamesTheSameKeys() {
        assertArrayEquals("\033[13;5u".getBytes(StandardCharsets.US_ASCII), KeyNames.encode("C-Enter", false, false, true));
        assertArrayEquals(new byte[0], KeyNames.encode("C-Enter", false, false, false));
        assertArrayEquals("\033[65;6u".getBytes(StandardCharsets.US_ASCII), KeyNames.encode("C-S-a", false, false, true));
        assertEquals(null, KeyNames.encode("C-S-a", false, false, false));
        assertArrayEquals("\033[59;5u".getBytes(StandardCharsets.US_ASCII), KeyNames.encode("C-;", false, false, true));
        assertArrayEquals("\033[97;2u".getBytes(StandardCharsets.US_ASCII), KeyNames.encode("S-a", false, false, true));
        assertArrayEquals("\033[127;5u".getBytes(StandardCharsets.US_ASCII), KeyNames.encode("C-BSpace", false, false, true));
        assertArrayEquals(new byte[] {1}, KeyNames.encode("C-a", false, false, true));
        assertArrayEquals("\033[1;5A".getBytes(StandardCharsets.US_ASCII), KeyNames.encode("C-Up", false, false, true));
    }

    @Test
    void anExtendedKeyIsLookedUpAsTheKeyItNames() {
        List<KeyReader.Key> keys = KeyReader.read("\033[97;5u\033[27;5;13~x\033[59;5u".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(4, keys.size());
        assertEquals(KeyReader.canonical("C-a"), keys.get(0).canonical());
        assertArrayEquals(new byte[] {1}, keys.get(0).typed());
        assertEquals(KeyReader.canonical(KeyCode.parse("C-Enter")), keys.get(1).canonical());
        assertEquals("x", keys.get(2).canonical());
        assertEquals(false, keys.get(2).extended());
        assertEquals(KeyReader.canonical(KeyCode.parse("C-;")), keys.get(3).canonical());
    }
}
