package dev.mux.server.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.mode.ModeServices;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.term.Terminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copy mode's commands by tmux name, as send-keys -X reaches them through the pane's mode stack. */
class CopyCommandsTest {
    private final List<String> buffers = new ArrayList<>();
    private final ModeServices services = new ModeServices() {
        @Override
        public void addPasteBuffer(String text) {
            buffers.add(text);
        }

        @Override
        public void schedule(long delayMillis, Runnable task) {
            throw new AssertionError("copy mode sets no timer");
        }
    };

    private Pane paneWithLines() {
        Sessions sessions = new Sessions();
        Session session = sessions.createSession("s", 20, 5);
        Window window = sessions.createWindow(session, "w");
        Terminal terminal = new Terminal(20, 5, bytes -> {});
        terminal.feed("one\r\ntwo\r\nthree".getBytes(StandardCharsets.UTF_8));
        return sessions.createPane(window, terminal);
    }

    @Test
    void namedCommandsMoveSelectCopyAndLeave() {
        Pane pane = paneWithLines();
        CopyPaneMode.enter(pane, ModeKeys.VI, false, services);
        for (String name : List.of("cursor-up", "start-of-line", "begin-selection", "end-of-line")) {
            assertTrue(pane.modes().command(name), name);
        }
        assertTrue(pane.modes().command("copy-selection-and-cancel"));
        // As tmux 3.3a: a vi selection that takes the end of its line ($) keeps the line's newline.
        assertEquals(List.of("two\n"), buffers);
        assertNull(pane.modes().top());
    }

    @Test
    void anUnknownNameIsIgnoredAsTmuxDoes() {
        Pane pane = paneWithLines();
        CopyMode mode = CopyPaneMode.enter(pane, ModeKeys.VI, false, services);
        int row = mode.cursorRow();
        assertTrue(pane.modes().command("no-such-command"));
        assertEquals(row, mode.cursorRow());
        assertEquals(CopyPaneMode.NAME, pane.modes().top().name());
    }

    @Test
    void theManPageNamesEveryCommand() throws IOException {
        String man = Files.readString(Path.of("..", "man", "mux.1"));
        for (CopyAction action : CopyAction.values()) {
            String roff = action.commandName().replace("-", "\\-");
            assertTrue(man.contains(".BR " + roff + " ,") || man.contains(".BR " + roff + " ."),
                    action.commandName() + " missing from man/mux.1");
        }
    }
}
