package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * exit-unattached as tmux 3.3a: with it on, the server stays while a client is attached and exits,
 * sessions and all, once the last client has gone (the command client that set it too).
 */
class ExitUnattachedDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void theServerExitsWhenNoClientIsLeft() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "sleep 3600");
            twins.same("new-session", "-d", "-s", "other", "sleep 3600");
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "s"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", 60, 10);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "s"), "mux-terminal", 60, 10)) {
                Poll.until("both clients attached", () -> twins.tmux("list-clients").out().lines().count()
                        + twins.mux("list-clients").out().lines().count(), count -> count == 2);
                twins.same("set", "-s", "exit-unattached", "on");
                twins.same("list-sessions", "-F", "#{session_name}");
                twins.same("detach-client", "-s", "s");
                Poll.until("tmux's server gone", () -> twins.tmux("list-sessions").status(), status -> status != 0);
                Poll.until("mux's server gone", () -> twins.mux("list-sessions").status(), status -> status != 0);
            }
        }
    }
}
