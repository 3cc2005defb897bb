package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client's status line is drawn again after each kind of change it may show, reads then as one
 * drawn from scratch, and is the very same content, with no format expanded, while nothing changed:
 * the renderer asks for it twice for every key typed.
 */
class StatusComposerTest {
    private final Sessions sessions = new Sessions();
    private final Session session = sessions.createSession("work", 80, 24);
    private final Window first = sessions.createWindow(session, "sh");
    private final Pane pane = sessions.createPane(first, new Terminal(80, 23, bytes -> { }));
    private final StatusComposer composer = new StatusComposer();
    private final StatusPlacement placement = new StatusPlacement(1, false);
    private int expansions;

    /** Stands for the format engine: the session's name, then each window's index, name, flags and pane title. */
    private final StatusExpander expander = template -> {
        expansions++;
        StringBuilder windows = new StringBuilder();
        for (Window window : session.windows()) {
            windows.append(' ').append(window.index()).append(':').append(window.name())
                    .append(window == session.currentWindow() ? "*" : window == session.lastWindow() ? "-" : "")
                    .append(window.activePane() == null ? "" : "\"" + window.activePane().terminal().screen().title() + "\"");
        }
        return template.replace("#S", session.name()).replace("#W", windows);
    };

    @BeforeEach
    void formats() {
        TreeMap<Integer, String> lines = new TreeMap<>();
        lines.put(0, "[#S]#W");
        session.options().put("status-format", lines);
    }

    @Test
    void showsWhatAFreshLineShowsAfterEveryChange() {
        assertEquals("[work] 0:sh*\"\"", compose().rows().get(0).text().strip());
        assertFresh();
        sessions.rename(session, "build");
        assertFresh();
        Window second = sessions.createWindow(session, "vim");
        assertFresh();
        session.select(second);
        assertFresh();
        first.rename("make");
        assertFresh();
        pane.terminal().feed("\033]2;a title\007".getBytes(StandardCharsets.UTF_8));
        assertFresh();
        session.options().put("status-style", "bg=red");
        assertFresh();
        assertEquals("[build] 0:make-\"a title\" 1:vim*", compose().rows().get(0).text().strip());
    }

    @Test
    void anUnchangedLineIsTheSameContentAndExpandsNothing() {
        StatusLine shown = compose();
        int expanded = expansions;
        assertSame(shown, compose());
        assertSame(shown, compose());
        assertEquals(expanded, expansions);
        // The status-interval timer stands for what a format shows beyond the model, as the time.
        composer.refresh();
        assertNotSame(shown, compose());
        assertEquals(expanded + 1, expansions);
    }

    @Test
    void aMessageOrPromptReplacesTheLastRowAndIsKeptWhileUnchanged() {
        StatusPlacement two = new StatusPlacement(2, false);
        StatusLine status = composer.compose(session, two, 80, expander);
        StatusLine message = composer.message(status, session.options(), "hello", 80, expander);
        assertEquals(2, message.rows().size());
        assertSame(status.rows().get(0), message.rows().get(0));
        assertEquals("hello", message.rows().get(1).text().strip());
        assertSame(message, composer.message(status, session.options(), "hello", 80, expander));
        StatusLine prompt = composer.prompt(status, session.options(), ":new-w", 6, false, 80, expander);
        assertEquals(6, prompt.cursor());
        assertSame(prompt, composer.prompt(status, session.options(), ":new-w", 6, false, 80, expander));
    }

    private StatusLine compose() {
        return composer.compose(session, placement, 80, expander);
    }

    private void assertFresh() {
        // A new composer draws everything from scratch.
        assertEquals(new StatusComposer().compose(session, placement, 80, expander).text(), compose().text());
    }
}
