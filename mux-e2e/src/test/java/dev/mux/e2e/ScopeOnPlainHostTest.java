package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without systemd (this test hides the user bus and the system bus from the server) the server
 * runs as before, and scope-status says that it cannot protect the sessions, and why.
 */
class ScopeOnPlainHostTest {
    @TempDir
    Path scratch;

    @Test
    void scopeStatusExplainsWhyNothingProtectsTheSessions() throws IOException {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.env().remove("DBUS_SESSION_BUS_ADDRESS");
            mux.env().put("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + scratch.resolve("no-system-bus"));
            Run created = mux.mux("new-session", "-d", "-s", "plain").ok();
            assertFalse(created.err().contains("warning"), "no warning when nothing is known: " + created);
            assertTrue(mux.mux("has-session", "-t", "plain").status() == 0, "the session runs");
            Run status = mux.mux("scope-status").ok();
            assertTrue(status.out().contains("own scope:           no (no user bus"), status.toString());
            assertTrue(status.out().contains("survives logout: unknown"), status.toString());
            assertTrue(status.out().contains("mux runs as a plain daemon"), status.toString());
            String fields = mux.mux("scope-status", "-F", "#{own_scope} #{placement}").ok().out().strip();
            assertEquals("no no_user_bus", fields);
        }
    }
}
