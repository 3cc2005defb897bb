package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * detach-on-destroy as tmux 3.3a: when the session a client shows ends, the client ends (on) or
 * moves to another session (off: the one used least recently; no-detached: one no client shows).
 */
class DetachOnDestroyDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void offMovesTheClientToAnotherSession() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "other", "sleep 3600");
            twins.same("new-session", "-d", "-s", "s", "sleep 3600");
            twins.same("set", "-g", "detach-on-destroy", "off");
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "s"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", 60, 10);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "s"), "mux-terminal", 60, 10)) {
                Poll.until("both clients attached", () -> twins.tmux("list-clients").out().lines().count()
                        + twins.mux("list-clients").out().lines().count(), count -> count == 2);
                twins.tmux("kill-session", "-t", "s").ok();
                twins.mux("kill-session", "-t", "s").ok();
                Poll.until("both clients moved to the other session",
                        () -> twins.tmux("list-clients", "-F", "#{client_session}").out() + "|"
                                + twins.mux("list-clients", "-F", "#{client_session}").out(),
                        both -> both.equals("other\n|other\n"));
                twins.same("set", "-g", "detach-on-destroy", "on");
                twins.tmux("kill-session", "-t", "other").ok();
                twins.mux("kill-session", "-t", "other").ok();
                Poll.until("both clients ended", () -> tmuxTerminal.capture() + muxTerminal.capture(),
                        both -> both.indexOf("[exited]") != both.lastIndexOf("[exited]"));
            }
        }
    }
}
