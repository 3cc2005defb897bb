package dev.mux.server.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * tmux's passthrough string as its man page gives it: {@code ESC P tmux; data ESC \}, each escape
 * of the data doubled; the data reaches the listener with the escapes single, other device control
 * strings reach nobody, and the screen is untouched either way.
 */
class PassthroughTest {
    private final List<String> heard = new ArrayList<>();
    private final Terminal terminal = new Terminal(20, 3, 10, reply -> { });

    PassthroughTest() {
        terminal.onPassthrough(data -> heard.add(new String(data, StandardCharsets.ISO_8859_1)));
    }

    private void feed(String text) {
        terminal.feed(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void theDataOfTmuxsStringGoesOutWithItsEscapesSingle() {
        feed("a\033Ptmux;\033\033]52;c;aGk=\007\033\\b");
        assertEquals(List.of("\033]52;c;aGk=\007"), heard);
        assertEquals("ab", terminal.screen().captureVisibleText().strip());
    }

    @Test
    void otherDeviceControlStringsAreNotPassedOn() {
        feed("\033P1$qm\033\\\033Ptmu;x\033\\\033Pq#0;2;0;0;0#0~~\033\\");
        assertEquals(List.of(), heard);
    }

    @Test
    void aStringLongerThanTmuxsLimitIsDroppedWhole() {
        feed("\033Ptmux;" + "x".repeat(1 << 20) + "\033\\\033Ptmux;short\033\\");
        assertEquals(List.of("short"), heard);
    }
}
