package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window sizes as tmux 3.3a gives them: a window takes its clients' size only while it is the
 * current window of an attached session, so a window in the background keeps its size (through an
 * attach and a resize of the client) until it is selected; with aggressive-resize, only the
 * clients whose current window it is size it.
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

    @Test
    void backgroundWindowsAreResizedOnlyWhenSelected() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-x", "50", "-y", "10", "sleep 3600");
            twins.same("new-window", "-d", "-t", "s:1", "sleep 3600");
            twins.same("new-window", "-d", "-t", "s:2", "sleep 3600");
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "s"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", 60, 12);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "s"), "mux-terminal", 60, 12)) {
                String[] sizes = {"list-windows", "-F", "#{window_index} #{window_width}x#{window_height}"};
                twins.sameOnce(lines -> lines.startsWith("0 60x11\n"), sizes);
                for (OuterTmux terminal : List.of(tmuxTerminal, muxTerminal)) {
                    terminal.command("resize-window", "-t", "outer", "-x", "70", "-y", "14");
                }
                twins.sameOnce(lines -> lines.startsWith("0 70x13\n"), sizes);
                twins.same("select-window", "-t", "s:1");
                twins.sameOnce(lines -> lines.contains("1 70x13\n"), sizes);
                twins.same("new-window", "-d", "-t", "s:3", "sleep 3600");
                twins.same(sizes);
            }
        }
    }
}
