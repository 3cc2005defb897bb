package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import org.junit.jupiter.api.Test;

/**
 * A client's status line, rebuilt only in the parts that changed, reads as one built from scratch
 * after each kind of change, and is the very same content while nothing changed.
 */
class StatusComposerTest {
    private final Sessions sessions = new Sessions();
    private final Session session = sessions.createSession("work", 80, 24);
    private final Window first = sessions.createWindow(session, "sh");
    private final StatusComposer composer = new StatusComposer();

    @Test
    void showsWhatAFreshLineShowsAfterEveryChange() {
        assertFresh("host", "12:00 23-Nov-26");
        assertEquals(new StatusLine.Content("[work] ", "0:sh*", "\"host\" 12:00 23-Nov-26"),
                composer.compose(session, "host", "12:00 23-Nov-26"));

        sessions.rename(session, "build");
        assertFresh("host", "12:00 23-Nov-26");
        Window second = sessions.createWindow(session, "vim");
        assertFresh("host", "12:00 23-Nov-26");
        session.select(second);
        assertFresh("host", "12:00 23-Nov-26");
        assertEquals("0:sh- 1:vim*", composer.compose(session, "host", "12:00 23-Nov-26").windows());
        first.rename("make");
        assertFresh("host", "12:00 23-Nov-26");
        assertFresh("a pane's title", "12:00 23-Nov-26");
        assertFresh("a pane's title", "12:01 23-Nov-26");
        assertEquals(new StatusLine.Content("[build] ", "0:make- 1:vim*", "\"a pane's title\" 12:01 23-Nov-26"),
                composer.compose(session, "a pane's title", "12:01 23-Nov-26"));
    }

    @Test
    void anUnchangedLineIsTheSameContent() {
        String clock = "12:00 23-Nov-26";
        StatusLine.Content shown = composer.compose(session, "host", clock);

        assertSame(shown, composer.compose(session, "host", clock));
        // Equal text in new strings, as a title set again to the same text gives.
        assertSame(shown, composer.compose(session, new String("host"), new String(clock)));
    }

    private void assertFresh(String title, String clock) {
        // A new composer builds every part from scratch.
        assertEquals(new StatusComposer().compose(session, title, clock), composer.compose(session, title, clock));
    }
}
