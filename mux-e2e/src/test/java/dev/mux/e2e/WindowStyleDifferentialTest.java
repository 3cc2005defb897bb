package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * window-style and window-active-style as tmux 3.3a draws them: a pane's default-coloured cells
 * take its window-style's colours, the active pane window-active-style's where that sets them, and
 * a colour the program chose stays; select-pane -P gives one pane a style of its own.
 */
class WindowStyleDifferentialTest {
    private static final String PRINTS = "printf 'plain \\033[31mred\\033[0m \\033[44mblue\\033[0m\\n'; exec sleep 3600";

    @TempDir
    Path scratch;

    @Test
    void panesAreDrawnInTheirWindowStyles() throws Exception {
        List<List<String>> setup = List.of(
                List.of("new-session", "-d", "-s", "s", "-x", "60", "-y", "10", "-n", "w", PRINTS),
                List.of("set", "-g", "automatic-rename", "off"),
                List.of("set", "-g", "status-right", ""),
                List.of("split-window", "-h", PRINTS),
                List.of("split-window", "-v", PRINTS),
                List.of("set", "-g", "window-style", "fg=colour245,bg=colour236"),
                List.of("set", "-g", "window-active-style", "bg=black"),
                List.of("select-pane", "-t", ":0.2", "-P", "fg=green"),
                List.of("select-pane", "-t", ":0.1"));
        // Moving the active pane moves window-active-style with it.
        List<List<String>> attached = List.of(List.of("select-pane", "-t", ":0.0"));
        SideBySide.assertDrawnAsTmux(scratch, 60, 10, setup, attached, screen -> screen, "blue");
    }

    @Test
    void selectPaneGPrintsThePanesStyle() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "sleep 3600");
            twins.same("select-pane", "-g");
            twins.same("select-pane", "-P", "bg=red,bold");
            twins.same("select-pane", "-g");
            twins.same("show", "-p", "window-active-style");
        }
    }
}
