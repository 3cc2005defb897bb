package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * aggressive-resize as tmux 3.3a: such a window is sized only by the clients whose current window
 * it is, so a window in the background keeps its size until it is selected.
 */
class AggressiveResizeDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void aWindowInTheBackgroundKeepsItsSizeUntilSelected() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-x", "50", "-y", "10", "sleep 3600");
            twins.same("new-window", "-d", "-t", "s:1", "sleep 3600");
            twins.same("set-window-option", "-t", "s:1", "aggressive-resize", "on");
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "s"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", 60, 12);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "s"), "mux-terminal", 60, 12)) {
                String[] sizes = {"list-windows", "-F", "#{window_index} #{window_width}x#{window_height}"};
                twins.sameOnce(lines -> lines.startsWith("0 60x11\n"), sizes);
                twins.same("select-window", "-t", "s:1");
                twins.sameOnce(lines -> lines.endsWith("1 60x11\n"), sizes);
            }
        }
    }
}
