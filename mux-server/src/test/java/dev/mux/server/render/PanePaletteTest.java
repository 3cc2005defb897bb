package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.term.Color;
import dev.mux.server.term.Style;
import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** pane-colours recolours what reaches the client, and a change of the option shows in the next frame. */
class PanePaletteTest {
    @Test
    void theNextFrameUsesTheOptionAsItIsNow() {
        Sessions sessions = new Sessions();
        Session session = sessions.createSession("s", 10, 3);
        Window window = sessions.createWindow(session, "w");
        Pane pane = sessions.createPane(window, new Terminal(10, 3, reply -> { }));
        byte[] red = "\033[31mx".getBytes(StandardCharsets.UTF_8);
        pane.consume(red, red.length);

        assertEquals(Color.ansi(1), foreground(pane), "no items: the program's red");
        pane.options().put("pane-colours", new TreeMap<>(Map.of(1, "blue")));
        assertEquals(Color.ansi(4), foreground(pane));
        assertEquals(Color.ansi(4), foreground(pane), "the same again, from the palette built before");
        pane.options().put("pane-colours", new TreeMap<>(Map.of(1, "green")));
        assertEquals(Color.ansi(2), foreground(pane));
        window.options().put("pane-colours", new TreeMap<>(Map.of(1, "yellow")));
        pane.options().remove("pane-colours");
        assertEquals(Color.ansi(3), foreground(pane), "inherited from the window once the pane's own is gone");
    }

    private static int foreground(Pane pane) {
        Frame frame = Frame.of(pane.terminal().screen());
        PanePalette.apply(frame, pane, 0, 0, 10, 3);
        return Style.foreground(frame.style(0, 0));
    }
}
