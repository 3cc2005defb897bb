package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** focus-events as tmux 3.3a: a pane's mode 1004 asks the client's terminal for focus reports only with the option on. */
class InputModesFocusTest {
    @Test
    void focusReportsAreAskedForOnlyWithTheOptionOn() {
        Terminal pane = new Terminal(10, 3, 0, bytes -> { });
        pane.feed("\033[?1004h".getBytes(StandardCharsets.US_ASCII));
        InputModes modes = InputModes.of(pane.screen().modes());
        assertEquals("", InputModes.RESET.changeTo(modes.withFocus(false)));
        assertEquals("\033[?1004h", InputModes.RESET.changeTo(modes.withFocus(true)));
    }
}
