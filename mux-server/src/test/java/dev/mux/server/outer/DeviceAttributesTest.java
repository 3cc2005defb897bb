package dev.mux.server.outer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The replies tmux 3.3a reads from a terminal it asked, and the features tty_default_features gives for them. */
class DeviceAttributesTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void repliesAreTakenOutOfTheKeysAndBringTheirTerminalsFeatures() {
        Set<Feature> learnt = EnumSet.noneOf(Feature.class);
        List<String> named = new ArrayList<>();
        byte[] rest = DeviceAttributes.take(bytes("a\033[>84;0;0c\033P>|tmux 3.3a\033\\b"), learnt, named::add);
        assertArrayEquals(bytes("ab"), rest);
        assertEquals(List.of("tmux 3.3a"), named, "what #{client_termtype} shows");
        assertEquals(EnumSet.of(Feature.COLOURS_256, Feature.RGB, Feature.BPASTE, Feature.CLIPBOARD, Feature.MOUSE,
                Feature.STRIKETHROUGH, Feature.TITLE, Feature.CCOLOUR, Feature.CSTYLE, Feature.FOCUS, Feature.OVERLINE,
                Feature.USSTYLE), learnt);
    }

    @Test
    void xtermAndAVt420AreKnownByTheirReplies() {
        Set<Feature> xterm = EnumSet.noneOf(Feature.class);
        DeviceAttributes.take(bytes("\033P>|XTerm(388)\033\\"), xterm);
        assertTrue(xterm.contains(Feature.EXTKEYS) && xterm.contains(Feature.RGB));
        Set<Feature> vt420 = EnumSet.noneOf(Feature.class);
        DeviceAttributes.take(bytes("\033[>41;388;0c"), vt420);
        assertEquals(EnumSet.of(Feature.MARGINS, Feature.RECTFILL), vt420);
    }

    @Test
    void keysThatAreNoReplyPassUntouched() {
        Set<Feature> learnt = EnumSet.noneOf(Feature.class);
        byte[] keys = bytes("\033[A\033[1;5C\033Ox");
        assertSame(keys, DeviceAttributes.take(keys, learnt));
        assertTrue(learnt.isEmpty());
        assertArrayEquals(bytes("\033[>1x"), DeviceAttributes.take(bytes("\033[>1x"), learnt));
    }
}
