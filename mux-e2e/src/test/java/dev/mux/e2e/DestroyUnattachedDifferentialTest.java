package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * destroy-unattached as tmux 3.3a: whenever a client attaches, switches, detaches or goes (a command
 * client too), every session with the option on and no client attached is destroyed, whether or
 * not a client ever showed it.
 */
class DestroyUnattachedDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void sessionsWithoutClientsGoWhenAClientComesOrGoes() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "keep", "sleep 3600");
            twins.same("new-session", "-d", "-s", "never-shown", "sleep 3600");
            twins.same("new-session", "-d", "-s", "s", "sleep 3600");
            twins.same("set", "-t", "never-shown", "destroy-unattached", "on");
            twins.sameOnce(names -> !names.contains("never-shown"), "list-sessions", "-F", "#{session_name}");

            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "s"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", 60, 10);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "s"), "mux-terminal", 60, 10)) {
                Poll.until("both clients attached", () -> twins.tmux("list-clients").out().lines().count()
                        + twins.mux("list-clients").out().lines().count(), count -> count == 2);
                twins.same("set", "-t", "s", "destroy-unattached", "on");
                twins.same("list-sessions", "-F", "#{session_name}");
                // Here tmux 3.3a's server was once seen gone altogether (it destroys sessions while it
                // walks them, in server_check_unattached), so mux alone is held to what the first part
                // showed of tmux.
                twins.mux("detach-client", "-s", "s").ok();
                Poll.until("the detached session destroyed", () -> twins.mux("list-sessions", "-F", "#{session_name}").out(),
                        names -> names.equals("keep\n"));
            }
        }
    }
}
