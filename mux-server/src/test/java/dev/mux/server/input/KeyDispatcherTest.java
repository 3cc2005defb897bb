package dev.mux.server.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyDispatcherTest {
    private final ByteArrayOutputStream pane = new ByteArrayOutputStream();
    private final List<List<String>> ran = new ArrayList<>();
    private long now = 1_000;
    private long repeatTime = KeyDispatcher.REPEAT_MILLIS;
    private String prefix = KeyReader.canonical("C-b");
    private final KeyBindings bindings = KeyBindings.defaults();
    private final KeyDispatcher keys = new KeyDispatcher(bindings, new KeyDispatcher.Actions() {
        @Override
        public void toPane(byte[] bytes) {
            pane.writeBytes(bytes);
        }

        @Override
        public void run(List<List<String>> commands) {
            ran.addAll(commands);
        }

        @Override
        public String prefix() {
            return prefix;
        }

        @Override
        public long nowMillis() {
            return now;
        }

        @Override
        public long repeatMillis() {
            return repeatTime;
        }

        @Override
        public boolean extendedKeys() {
            return paneAskedForExtendedKeys;
        }
    });
    private boolean paneAskedForExtendedKeys;

    private void bind(String table, String key, String command, boolean repeat) {
        bindings.bind(table, KeyCode.parse(key), CommandList.ofWords(List.of(List.of(command))), null, repeat);
    }

    private void type(String text) {
        keys.handle(text.getBytes(StandardCharsets.UTF_8));
    }

    private String paneText() {
        return pane.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ordinaryKeysGoToThePane() {
        type("ls -l\r\u001b[Aé");
        assertEquals("ls -l\r\u001b[Aé", paneText());
        assertTrue(ran.isEmpty());
    }

    @Test
    void prefixThenDRunsDetachAndKeepsWhatCameBefore() {
        type("a\u0002dz");
        assertEquals(List.of(List.of("detach-client")), ran);
        assertEquals("az", paneText());
    }

    @Test
    void prefixAndKeyMayArriveInSeparateReads() {
        type("\u0002");
        type("c");
        assertEquals(List.of(List.of("new-window")), ran);
        assertEquals("", paneText());
    }

    @Test
    void digitsSelectWindowsByExactIndex() {
        type("\u00023");
        assertEquals(List.of(List.of("select-window", "-t", ":=3")), ran);
    }

    @Test
    void unboundKeyAfterPrefixIsDroppedWholeIncludingEscapeSequences() {
        type("\u0002\u001b[15~q\u0002Xx");
        assertEquals("qx", paneText());
        assertTrue(ran.isEmpty());
    }

    @Test
    void rootTableBindingsNeedNoPrefixAndMatchBothCursorModes() {
        bind(KeyBindings.ROOT_TABLE, "M-Up", "next-window", false);
        bind(KeyBindings.ROOT_TABLE, "Up", "last-window", false);
        type("\u001b\u001b[A\u001bOA\u001b[A");
        assertEquals(List.of(List.of("next-window"), List.of("last-window"), List.of("last-window")), ran);
        assertEquals("", paneText());
    }

    @Test
    void repeatableBindingsRepeatWithoutPrefixUntilTheRepeatTimeEnds() {
        bind(KeyBindings.PREFIX_TABLE, "N", "next-window", true);
        type("\u0002N");
        now += KeyDispatcher.REPEAT_MILLIS - 1;
        type("N");
        now += KeyDispatcher.REPEAT_MILLIS + 1;
        type("N");
        assertEquals(2, ran.size());
        assertEquals("N", paneText());
    }

    @Test
    void theRepeatTimeIsTheOptionsAndEachRepeatStartsItAgain() {
        repeatTime = 2000;
        bind(KeyBindings.PREFIX_TABLE, "N", "next-window", true);
        type("\u0002N");
        now += 1500;
        type("N");
        now += 1999;
        type("N");
        now += 2001;
        type("N");
        assertEquals(3, ran.size());
        repeatTime = 0;
        type("\u0002NN");
        assertEquals(4, ran.size());
        assertEquals("NN", paneText());
    }

    @Test
    void aChangedPrefixKeyTakesOver() {
        prefix = KeyReader.canonical("C-a");
        type("\u0002\u0001d");
        assertEquals("\u0002", paneText());
        assertEquals(List.of(List.of("detach-client")), ran);
    }

    @Test
    void extendedKeysRunTheirBindingsAndReachThePaneAsItAsked() {
        bind("root", "C-Enter", "c-enter", false);
        type("\033[27;5;13~");
        assertEquals(List.of(List.of("c-enter")), ran);
        // The prefix typed in CSI u form arms the prefix table.
        type("\033[98;5u\033[99;1u");
        assertEquals("new-window", ran.get(1).get(0));
        type("\033[59;5u\033[97;6u\033[97;5u");
        assertEquals("\001", paneText());
        pane.reset();
        paneAskedForExtendedKeys = true;
        type("\033[59;5u\033[97;6u\033[97;5u");
        assertEquals("\033[59;5u\033[65;6u\001", paneText());
    }
}
