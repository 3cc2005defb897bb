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
            assertTrue(man.contains(".BR " + roff + " ") || man.contains(".B " + roff + "\n"),
                    action.commandName() + " missing from man/mux.1");
        }
    }

    /** The 80 names of tmux 3.3a's copy-mode command table (window-copy.c), as its man page lists them. */
    private static final List<String> TMUX_COMMANDS = List.of("append-selection", "append-selection-and-cancel",
            "back-to-indentation", "begin-selection", "bottom-line", "cancel", "clear-selection", "copy-end-of-line",
            "copy-end-of-line-and-cancel", "copy-pipe-end-of-line", "copy-pipe-end-of-line-and-cancel", "copy-line",
            "copy-line-and-cancel", "copy-pipe-line", "copy-pipe-line-and-cancel", "copy-pipe-no-clear", "copy-pipe",
            "copy-pipe-and-cancel", "copy-selection-no-clear", "copy-selection", "copy-selection-and-cancel",
            "cursor-down", "cursor-down-and-cancel", "cursor-left", "cursor-right", "cursor-up", "end-of-line",
            "goto-line", "halfpage-down", "halfpage-down-and-cancel", "halfpage-up", "history-bottom", "history-top",
            "jump-again", "jump-backward", "jump-forward", "jump-reverse", "jump-to-backward", "jump-to-forward",
            "jump-to-mark", "middle-line", "next-matching-bracket", "next-paragraph", "next-space", "next-space-end",
            "next-word", "next-word-end", "other-end", "page-down", "page-down-and-cancel", "page-up", "pipe-no-clear",
            "pipe", "pipe-and-cancel", "previous-matching-bracket", "previous-paragraph", "previous-space",
            "previous-word", "rectangle-on", "rectangle-off", "rectangle-toggle", "refresh-from-pane", "scroll-down",
            "scroll-down-and-cancel", "scroll-up", "search-again", "search-backward", "search-backward-incremental",
            "search-backward-text", "search-forward", "search-forward-incremental", "search-forward-text",
            "search-reverse", "select-line", "select-word", "set-mark", "start-of-line", "stop-selection",
            "toggle-position", "top-line");

    @Test
    void everyCommandOfTmuxIsKnownAndInTheManPage() throws IOException {
        assertEquals(80, TMUX_COMMANDS.size());
        String man = Files.readString(Path.of("..", "man", "mux.1"));
        for (String name : TMUX_COMMANDS) {
            assertTrue(CopyModeCommands.known(name), name);
            String roff = name.replace("-", "\\-");
            assertTrue(man.contains(".BR " + roff + " ") || man.contains(".B " + roff + "\n"), name + " missing from man/mux.1");
        }
    }
}
