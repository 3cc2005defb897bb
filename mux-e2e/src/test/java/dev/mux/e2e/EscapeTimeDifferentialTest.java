package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * escape-time as tmux 3.3a: an Escape from the client's terminal waits that long for what follows,
 * so Escape and a key soon after are one Meta key; with escape-time 0 the Escape is a key at once.
 */
class EscapeTimeDifferentialTest {
    private static final String[] NAME = {"display-message", "-p", "-t", "s", "#{window_name}"};

    @TempDir
    Path scratch;

    @Test
    void anEscapeAndAKeySoonAfterAreOneMetaKey() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-n", "first", "cat");
            twins.same("bind-key", "-n", "M-a", "rename-window", "meta");
            twins.same("bind-key", "-n", "Escape", "rename-window", "escape");
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "s"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", 40, 6);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "s"), "mux-terminal", 40, 6)) {
                Poll.until("both clients attached", () -> twins.tmux("list-clients").out().lines().count()
                        + twins.mux("list-clients").out().lines().count(), count -> count == 2);
                List<OuterTmux> both = List.of(tmuxTerminal, muxTerminal);
                // Two writes to the client's terminal, well within the default 500 ms.
                both.forEach(terminal -> terminal.sendKeys("Escape"));
                both.forEach(terminal -> terminal.sendKeys("a"));
                twins.sameOnce(name -> name.equals("meta\n"), NAME);

                twins.same("set", "-s", "escape-time", "0");
                both.forEach(terminal -> terminal.sendKeys("Escape"));
                twins.sameOnce(name -> name.equals("escape\n"), NAME);
            }
        }
    }
}
