package dev.mux.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * switch-client from an attached client's keys: to the next and the last session, and through a
 * key table chosen with -T to a window of another session; and its errors without a client, as
 * tmux 3.3a's.
 */
class SwitchClientTest {
    @TempDir
    Path scratch;

    @Test
    void anAttachedClientSwitchesSessions() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new-session", "-d", "-s", "one", "echo in-one; exec sleep 600").ok();
            mux.mux("new-window", "-d", "-t", "one:5", "echo in-five; exec sleep 600").ok();
            mux.mux("bind-key", "N", "switch-client", "-n").ok();
            mux.mux("bind-key", "L", "switch-client", "-l").ok();
            mux.mux("bind-key", "T", "switch-client", "-T", "custom").ok();
            mux.mux("bind-key", "-T", "custom", "x", "switch-client", "-t", "one:5").ok();
            try (OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "two"))) {
                outer.waitForPrompt();
                awaitClientIn(mux, "two ");
                outer.sendKeys("C-b", "N");
                outer.waitForLine("in-one");
                awaitClientIn(mux, "one two");
                outer.sendKeys("C-b", "L");
                awaitClientIn(mux, "two one");
                outer.sendKeys("C-b", "T");
                outer.sendKeys("x");
                outer.waitForLine("in-five");
                awaitClientIn(mux, "one two");
                Poll.until("window 5 is current", () -> mux.mux("display", "-p", "-t", "one", "#{window_index}").out(),
                        out -> out.equals("5\n"));
            }
        }
    }

    @Test
    void withoutAClientItFailsAsTmux() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "a", "exec sleep 600");
            twins.same("switch-client", "-t", "a");
            twins.same("switchc", "-n");
            twins.same("switch-client", "-c", "nope");
            twins.same("switch-client", "-T", "nosuch");
            twins.same("switch-client", "x");
        }
    }

    private static void awaitClientIn(MuxHarness mux, String sessions) {
        Poll.until("the client in " + sessions,
                () -> mux.mux("list-clients", "-F", "#{client_session} #{client_last_session}").out(),
                out -> out.equals(sessions + "\n"));
    }
}
