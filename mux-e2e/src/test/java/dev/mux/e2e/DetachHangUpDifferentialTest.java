package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * detach-client -P as tmux 3.3a: the client hangs up the shell that started it, which dies of
 * SIGHUP and never gets to run its next command. Each server's client runs in a terminal (an outer
 * tmux that keeps dead panes) from a shell that would print the client's exit status afterwards.
 */
class DetachHangUpDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void detachingWithPHangsUpTheClientsShell() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "sleep 3600");
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "a"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", 80, 24);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "a"), "mux-terminal", 80, 24)) {
                for (OuterTmux terminal : List.of(tmuxTerminal, muxTerminal)) terminal.command("set", "-g", "remain-on-exit", "on");
                Poll.until("both clients attached", () -> twins.tmux("list-clients").out().lines().count()
                        + twins.mux("list-clients").out().lines().count(), count -> count == 2);
                twins.same("detach-client", "-P", "-s", "a");
                for (OuterTmux terminal : List.of(tmuxTerminal, muxTerminal)) {
                    Poll.until("the client's shell hung up", () -> terminal.display("#{pane_dead} #{pane_dead_signal}"),
                            "1 1"::equals);
                    String screen = terminal.capture();
                    assertFalse(screen.contains("[exit status"), "the shell ran on after the client:\n" + screen);
                }
                assertEquals("", twins.mux("list-clients").out());
            }
        }
    }
}
