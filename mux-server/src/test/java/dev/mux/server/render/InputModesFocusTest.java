package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** focus-events as tmux 3.3a: the client's terminal is asked for focus reports exactly while the option is on. */
class InputModesFocusTest {
    @Test
    void focusReportsAreAskedForOnlyWithTheOptionOn() {
        Terminal pane = new Terminal(10, 3, 0, bytes -> { });
        pane.feed("\033[?1004h".getBytes(StandardCharsets.US_ASCII));
        InputModes modes = InputModes.of(pane.screen().modes());
        assertEquals("", InputModes.RESET.changeTo(modes.withFocus(false)));
        assertEquals("\033[?1004h", InputModes.RESET.changeTo(modes.withFocus(true)));
    }

    @Test
    void withTheOptionOnTheTerminalReportsFocusEvenForAPaneThatDidNotAsk() {
        InputModes modes = InputModes.of(new Terminal(10, 3, 0, bytes -> { }).screen().modes());
        assertEquals("\033[?1004h", InputModes.RESET.changeTo(modes.withFocus(true)));
        assertEquals("", InputModes.RESET.changeTo(modes.withFocus(false)));
    }
}
