package dev.mux.server.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrefixKeysTest {
    private final ByteArrayOutputStream pane = new ByteArrayOutputStream();
    private int detaches;
    private final PrefixKeys keys = new PrefixKeys(new PrefixKeys.Actions() {
        @Override
        public void toPane(byte[] bytes) {
            pane.writeBytes(bytes);
        }

        @Override
        public void detach() {
            detaches++;
        }
    });

    private String paneText() {
        return pane.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void ordinaryKeysGoToThePane() {
        keys.handle("ls -l\r".getBytes(StandardCharsets.US_ASCII));
        assertEquals("ls -l\r", paneText());
        assertEquals(0, detaches);
    }

    @Test
    void prefixThenDDetachesAndKeepsWhatCameBefore() {
        keys.handle(new byte[] {'a', 0x02, 'd', 'z'});
        assertEquals("a", paneText());
        assertEquals(1, detaches);
    }

    @Test
    void prefixAndKeyMayArriveInSeparateReads() {
        keys.handle(new byte[] {0x02});
        keys.handle(new byte[] {'d'});
        assertEquals(1, detaches);
        assertEquals("", paneText());
    }

    @Test
    void prefixTwiceSendsOnePrefix() {
        keys.handle(new byte[] {0x02, 0x02, 'x'});
        assertEquals("\u0002x", paneText());
    }

    @Test
    void unboundKeyAfterPrefixIsDroppedWholeIncludingEscapeSequences() {
        keys.handle("\u0002\u001b[Aq\u0002z!".getBytes(StandardCharsets.US_ASCII));
        assertEquals("q!", paneText());
        assertEquals(0, detaches);
    }
}
