package dev.mux.server.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandSpecTest {
    private final CommandSpec newSession = new CommandSpec("new-session", "new", "ds:x:y:t:", 0, 1,
            "[-d] [-s session-name] [-x width] [-y height] [shell-command]");

    @Test
    void matchesNameOrAliasExactly() {
        assertTrue(newSession.matches("new-session"));
        assertTrue(newSession.matches("new"));
        assertFalse(newSession.matches("new-s"));
        assertFalse(new CommandSpec("kill-server", null, "", 0, 0, "").matches(null));
    }

    @Test
    void readsTheTemplate() {
        assertTrue(newSession.accepts('d'));
        assertFalse(newSession.takesValue('d'));
        assertTrue(newSession.takesValue('s'));
        assertFalse(newSession.accepts('z'));
        assertFalse(newSession.accepts(':'));
    }

    @Test
    void usageLineIsTmuxs() {
        assertEquals("usage: new-session [-d] [-s session-name] [-x width] [-y height] [shell-command]",
                newSession.usageLine());
        assertEquals("usage: kill-server", new CommandSpec("kill-server", null, "", 0, 0, "").usageLine());
    }

    @Test
    void malformedDeclarationsFailAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> new CommandSpec("x", null, ":d", 0, 0, ""));
        assertThrows(IllegalArgumentException.class, () -> new CommandSpec("x", null, "d::", 0, 0, ""));
        assertThrows(IllegalArgumentException.class, () -> new CommandSpec("x", null, "d-", 0, 0, ""));
        assertThrows(IllegalArgumentException.class, () -> new CommandSpec("x", null, "dd", 0, 0, ""));
        assertThrows(IllegalArgumentException.class, () -> new CommandSpec("x", null, "d", 2, 1, ""));
    }

    @Test
    void aResolvedTargetNeedsATFlagToResolve() {
        assertThrows(IllegalArgumentException.class,
                () -> new CommandSpec("x", null, "d", 0, 0, "", TargetKind.PANE));
        assertEquals(TargetKind.NONE, new CommandSpec("x", null, "d", 0, 0, "").target());
        assertEquals(TargetKind.PANE, new CommandSpec("x", null, "t:", 0, 0, "", TargetKind.PANE).target());
    }
}
