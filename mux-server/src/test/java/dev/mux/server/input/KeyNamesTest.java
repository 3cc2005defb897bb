package dev.mux.server.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyNamesTest {
    /*
     * Recorded from real tmux 3.3a: a pane ran `stty raw -echo; printf MODE; exec cat > out.bin`
     * (MODE: nothing, ESC [?1h for application cursor keys, ESC = for application keypad), then
     * `tmux send-keys -- WORD` was run once per word and out.bin read with `xxd -p`. Words that are not
     * key names (or that tmux cannot encode) arrive as their own text; "" means tmux sent nothing.
     */
    private static final String[][] NORMAL = {
            {"Escape", "1b"},
            {"Tab", "09"},
            {"BTab", "1b5b5a"},
            {"Space", "20"},
            {"BSpace", "7f"},
            {"Up", "1b5b41"},
            {"Down", "1b5b42"},
            {"Left", "1b5b44"},
            {"Right", "1b5b43"},
            {"Home", "1b5b317e"},
            {"End", "1b5b347e"},
            {"PageUp", "1b5b357e"},
            {"PPage", "1b5b357e"},
            {"PgUp", "1b5b357e"},
            {"PageDown", "1b5b367e"},
            {"NPage", "1b5b367e"},
            {"PgDn", "1b5b367e"},
            {"IC", "1b5b327e"},
            {"Insert", "1b5b327e"},
            {"DC", "1b5b337e"},
            {"Delete", "1b5b337e"},
            {"F1", "1b4f50"},
            {"F2", "1b4f51"},
            {"F3", "1b4f52"},
            {"F4", "1b4f53"},
            {"F5", "1b5b31357e"},
            {"F6", "1b5b31377e"},
            {"F7", "1b5b31387e"},
            {"F8", "1b5b31397e"},
            {"F9", "1b5b32307e"},
            {"F10", "1b5b32317e"},
            {"F11", "1b5b32337e"},
            {"F12", "1b5b32347e"},
            {"C-z", "1a"},
            {"C-Z", "1a"},
            {"C-[", "1b"},
            {"C-Space", "00"},
            {"C-?", "7f"},
            {"C-@", "00"},
            {"C-2", "00"},
            {"C-1", ""},
            {"C-Tab", ""},
            {"C-Enter", ""},
            {"M-a", "1b61"},
            {"M-A", "1b41"},
            {"C-M-a", "1b01"},
            {"M-C-a", "1b01"},
            {"M-Enter", "1b0d"},
            {"M-Up", "1b5b313b3341"},
            {"S-Up", "1b5b313b3241"},
            {"C-Up", "1b5b313b3541"},
            {"C-S-Up", "1b5b313b3641"},
            {"S-Right", "1b5b313b3243"},
            {"C-Left", "1b5b313b3544"},
            {"S-F1", "1b5b313b3250"},
            {"C-F5", "1b5b31353b357e"},
            {"M-F5", "1b5b31353b337e"},
            {"S-Home", "1b5b313b3248"},
            {"C-End", "1b5b313b3546"},
            {"S-PageUp", "1b5b353b327e"},
            {"C-DC", "1b5b333b357e"},
            {"S-Tab", "532d546162"},
            {"S-a", "532d61"},
            {"^a", "01"},
            {"^A", "01"},
            {"^[", "1b"},
            {"^", "5e"},
            {"0x41", "41"},
            {"0x1", "01"},
            {"0xe9", "c3a9"},
            {"None", "4e6f6e65"},
            {"Any", "416e79"},
            {"KP1", "31"},
            {"KPEnter", "0a"},
            {"KP*", "2a"},
            {"M-KP1", "1b31"},
            {"é", "c3a9"},
            {"M-é", "1bc3a9"},
            {"C-é", "c3a9"},
            {"hello", "68656c6c6f"},
            {"c-a", "01"},
            {"m-x", "1b78"},
            {"s-up", "1b5b313b3241"},
            {"up", "1b5b41"},
            {"f1", "1b4f50"},
            {"-", "2d"},
            {"--", "2d2d"},
            {"C-", "432d"},
            {"X-a", "582d61"},
            {"M-Space", "1b20"},
            {"M-BSpace", "1b7f"},
            {"C-BSpace", ""},
            {"S-BSpace", "532d425370616365"},
    };

    private static final String[][] APPLICATION_CURSOR = {
            {"Up", "1b4f41"},
            {"Down", "1b4f42"},
            {"Left", "1b4f44"},
            {"Right", "1b4f43"},
            {"S-Up", "1b5b313b3241"},
            {"M-Up", "1b5b313b3341"},
            {"C-Left", "1b5b313b3544"},
            {"Home", "1b5b317e"},
            {"End", "1b5b347e"},
            {"KP1", "31"},
    };

    private static final String[][] APPLICATION_KEYPAD = {
            {"KP/", "1b4f6f"},
            {"KP*", "1b4f6a"},
            {"KP-", "1b4f6d"},
            {"KP7", "1b4f77"},
            {"KP8", "1b4f78"},
            {"KP9", "1b4f79"},
            {"KP+", "1b4f6b"},
            {"KP4", "1b4f74"},
            {"KP5", "1b4f75"},
            {"KP6", "1b4f76"},
            {"KP1", "1b4f71"},
            {"KP2", "1b4f72"},
            {"KP3", "1b4f73"},
            {"KPEnter", "1b4f4d"},
            {"KP0", "1b4f70"},
            {"KP.", "1b4f6e"},
            {"M-KP1", "1b1b4f71"},
            {"Up", "1b5b41"},
            {"C-KP1", ""},
            {"S-KP1", "532d4b5031"},
    };

    static Stream<Arguments> recordedFromTmux() {
        return Stream.of(
                rows(NORMAL, false, false),
                rows(APPLICATION_CURSOR, true, false),
                rows(APPLICATION_KEYPAD, false, true)).flatMap(s -> s);
    }

    private static Stream<Arguments> rows(String[][] table, boolean cursor, boolean keypad) {
        return Stream.of(table).map(row -> Arguments.of(row[0], cursor, keypad, row[1]));
    }

    @ParameterizedTest(name = "{0} (cursor={1}, keypad={2}) -> {3}")
    @MethodSource("recordedFromTmux")
    void sendsWhatTmuxSends(String word, boolean cursor, boolean keypad, String expectedHex) {
        List<byte[]> payload = KeyNames.sendKeysPayload(List.of(word), false, cursor, keypad);
        assertEquals(expectedHex, HexFormat.of().formatHex(payload.get(0)));
    }

    @Test
    void wordsThatAreNotKeyNamesAreNull() {
        for (String word : List.of("hello", "S-a", "C-", "X-a", "--", "None", "MouseDown1", "éa", "0x", "0xzz", "C-\"")) {
            assertNull(KeyNames.encode(word, false, false), word);
        }
    }

    @Test
    void namesTmuxAcceptsButCannotEncodeSendNothing() {
        assertArrayEquals(new byte[0], KeyNames.encode("C-Tab", false, false));
        assertArrayEquals(new byte[0], KeyNames.encode("C-KP1", false, true));
    }

    @Test
    void controlLettersCoverTheAlphabet() {
        for (char c = 'a'; c <= 'z'; c++) {
            assertArrayEquals(new byte[] {(byte) (c - 'a' + 1)}, KeyNames.encode("C-" + c, false, false));
        }
        assertArrayEquals(new byte[] {0x1c}, KeyNames.encode("C-\\", false, false));
        assertArrayEquals(new byte[] {0x1f}, KeyNames.encode("C-_", false, false));
        assertArrayEquals(new byte[] {0x1f}, KeyNames.encode("C--", false, false));
    }

    /** xterm's modifier parameter is 1 + shift(1) + alt(2) + ctrl(4) (ctlseqs, "PC-Style Function Keys"). */
    @Test
    void modifiedCursorAndFunctionKeysFollowXterm() {
        assertEquals("\033[1;8B", text(KeyNames.encode("C-M-S-Down", false, false)));
        assertEquals("\033[1;7D", text(KeyNames.encode("M-C-Left", true, false)));
        assertEquals("\033[24;2~", text(KeyNames.encode("S-F12", false, false)));
        assertEquals("\033[6;5~", text(KeyNames.encode("C-PgDn", false, false)));
    }

    @Test
    void metaOnKeysWithoutModifiedFormIsAnEscapePrefix() {
        assertEquals("\033\033[Z", text(KeyNames.encode("M-BTab", false, false)));
    }

    @Test
    void literalModeSendsEveryArgumentAsText() {
        List<byte[]> payload = KeyNames.sendKeysPayload(List.of("Enter", "é", "C-c"), true, false, false);
        assertEquals(List.of("Enter", "é", "C-c"), payload.stream().map(KeyNamesTest::text).toList());
    }

    @Test
    void mixedArgumentsAreEachAKeyOrText() {
        List<byte[]> payload = KeyNames.sendKeysPayload(List.of("echo hi", "Enter"), false, false, false);
        assertEquals(List.of("echo hi", "\r"), payload.stream().map(KeyNamesTest::text).toList());
    }

    @Test
    void hexBytesForSendKeysH() {
        assertArrayEquals(new byte[] {(byte) 0xff}, KeyNames.hexByte("ff"));
        assertArrayEquals(new byte[] {0x0a}, KeyNames.hexByte("a"));
        assertNull(KeyNames.hexByte("100"));
        assertNull(KeyNames.hexByte("g"));
        assertNull(KeyNames.hexByte(""));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
