package dev.mux.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * new-session -A, automatic-rename as a window option, and main-pane-width and main-pane-height
 * in the main layouts, held to what tmux 3.3a does with the same commands.
 */
class SessionAndLayoutOptionsTest {
    private static final String SLEEP = "exec sleep 600";

    @TempDir
    Path scratch;

    @Test
    void newSessionWithAUsesASessionThatExists() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "a", SLEEP);
            twins.same("new-session", "-A", "-s", "a", SLEEP);
            twins.same("new-session", "-A", "-D", "-X", SLEEP);
            twins.same("new-session", "-A", "-d", "-s", "b", "-E", SLEEP);
            twins.same("list-sessions", "-F", "#{session_name} #{session_windows}");
            twins.same("new-session", "-d", "-s", "a", SLEEP);
        }
    }

    @Test
    void renamingAWindowTurnsItsAutomaticRenameOff() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "r", SLEEP);
            twins.same("new-window", "-d", "-t", "r", "-n", "named", SLEEP);
            twins.same("new-window", "-d", "-t", "r", SLEEP);
            twins.same("rename-window", "-t", "r:0", "renamed");
            for (String window : new String[] {"r:0", "r:1", "r:2"}) {
                twins.same("show-options", "-w", "-t", window, "automatic-rename");
            }
            twins.same("set-option", "-w", "-t", "r:2", "automatic-rename", "off");
            twins.same("rename-window", "-t", "r:2", "fixed");
            twins.same("list-windows", "-t", "r", "-F", "#{window_index} #{window_name}");
        }
    }

    @Test
    void theMainLayoutsTakeTheMainPaneSizeOptions() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            String panes = "#{pane_index} #{pane_left},#{pane_top} #{pane_width}x#{pane_height}";
            twins.same("new-session", "-d", "-s", "m", "-x", "120", "-y", "40", SLEEP);
            for (int i = 0; i < 3; i++) twins.same("split-window", "-d", "-t", "m", SLEEP);
            String[][] settings = {{"main-pane-width", "50"}, {"main-pane-width", "30%"}, {"main-pane-width", "500"},
                {"main-pane-width", "wide"}, {"main-pane-height", "10"}, {"main-pane-height", "75%"},
                {"main-pane-height", "120%"}, {"other-pane-height", "15"}, {"other-pane-height", "39"},
                {"other-pane-width", "20%"}};
            for (String[] setting : settings) {
                twins.same("set-option", "-w", "-t", "m", setting[0], setting[1]);
                String layout = setting[0].endsWith("width") ? "main-vertical" : "main-horizontal";
                twins.same("select-layout", "-t", "m", layout);
                twins.same("list-panes", "-t", "m", "-F", panes);
            }
        }
    }
}
