package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * set-titles as tmux 3.3a: the outer terminal's title (the outer tmux's #{pane_title}) becomes
 * set-titles-string expanded for the client, and follows what it shows; off, the title is left alone.
 */
class SetTitlesDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void theOuterTerminalsTitleFollowsTheSession() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-n", "first", "sleep 3600");
            twins.same("set", "-g", "automatic-rename", "off");
            twins.same("new-window", "-d", "-n", "second", "sleep 3600");
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "s"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", 60, 10);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "s"), "mux-terminal", 60, 10)) {
                Poll.until("both clients attached", () -> twins.tmux("list-clients").out().lines().count()
                        + twins.mux("list-clients").out().lines().count(), count -> count == 2);
                twins.same("set", "-g", "set-titles", "on");
                sameTitles(tmuxTerminal, muxTerminal, "s:0:first - ");
                twins.same("set", "-g", "set-titles-string", "#{session_name}/#{window_name}#{?window_zoomed_flag,+,}");
                twins.same("select-window", "-t", ":1");
                sameTitles(tmuxTerminal, muxTerminal, "s/second");
                twins.same("set", "-g", "set-titles", "off");
                twins.same("select-window", "-t", ":0");
                twins.same("display-message", "-p", "x");
                sameTitles(tmuxTerminal, muxTerminal, "s/second");
            }
        }
    }

    private static void sameTitles(OuterTmux tmux, OuterTmux mux, String expectedStart) {
        Poll.until("titles " + expectedStart + "... on both", () -> tmux.display("#{pane_title}") + "|" + mux.display("#{pane_title}"),
                both -> both.startsWith(expectedStart) && both.split("\\|", -1)[0].equals(both.split("\\|", -1)[1]));
    }
}
