package dev.mux.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * remain-on-exit with respawn-pane and respawn-window, pane-base-index, synchronize-panes and
 * renumber-windows, held to what tmux 3.3a does with the same commands.
 */
class PaneLifeOptionsTest {
    private static final String PANES = "#{pane_index} #{pane_id} #{?pane_active,*,} #{pane_width}x#{pane_height}";
    private static final String SLEEP = "exec sleep 600";

    @TempDir
    Path scratch;

    @Test
    void remainOnExitKeepsADeadPaneWithItsNoticeUntilItIsRespawned() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "r", "-x", "40", "-y", "12", SLEEP);
            twins.same("set", "-g", "remain-on-exit", "on");
            twins.same("set", "-g", "remain-on-exit-format", "gone with #{pane_dead_status}");
            twins.same("split-window", "-d", "-t", "r", "echo one; exit 2");
            twins.sameOnce(out -> out.contains("gone"), "capture-pane", "-p", "-t", "r:0.1");
            twins.same("list-panes", "-t", "r", "-F", PANES);
            twins.same("respawn-pane", "-t", "r:0.0");
            twins.same("respawn-window", "-t", "r:0");
            twins.same("send-keys", "-t", "r:0.1", "ignored");
            twins.same("respawn-pane", "-t", "r:0.1", "echo two; exec cat");
            twins.sameOnce(out -> out.contains("two"), "capture-pane", "-p", "-t", "r:0.1");
            twins.same("respawn-pane", "-t", "r:0.1");
            twins.same("respawn-pane", "-k", "-t", "r:0.1");
            twins.sameOnce(out -> out.contains("two"), "capture-pane", "-p", "-t", "r:0.1");
            twins.same("respawn-window", "-k", "-t", "r:0", "echo three; exec sleep 600");
            twins.sameOnce(out -> out.contains("three"), "capture-pane", "-p", "-t", "r:0");
            twins.same("list-panes", "-t", "r", "-F", PANES);
            twins.same("set", "-g", "remain-on-exit", "failed");
            twins.same("split-window", "-d", "-t", "r", "exit 0");
            twins.sameOnce(out -> out.lines().count() == 1, "list-panes", "-t", "r", "-F", "#{pane_index}");
            twins.same("split-window", "-d", "-t", "r", "exit 1");
            twins.sameOnce(out -> out.contains("gone with 1"), "capture-pane", "-p", "-t", "r:0.1");
            twins.same("respawnp", "-x");
        }
    }

    @Test
    void paneBaseIndexNumbersPanesFromIt() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "b", "-x", "80", "-y", "24", SLEEP);
            twins.same("split-window", "-d", "-t", "b", SLEEP);
            twins.same("set", "-g", "pane-base-index", "1");
            twins.same("list-panes", "-t", "b", "-F", PANES);
            twins.same("select-pane", "-t", "b:0.0");
            twins.same("select-pane", "-t", "b:0.2");
            twins.same("list-panes", "-t", "b", "-F", PANES);
            twins.same("display-message", "-p", "-t", "b:0.1", "#{pane_index}");
        }
    }

    @Test
    void synchronizePanesTypesIntoEveryPaneOfTheWindow() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "y", "-x", "80", "-y", "24", "exec cat");
            twins.same("split-window", "-d", "-t", "y", "exec cat");
            twins.same("split-window", "-d", "-t", "y", "exec cat");
            twins.same("set", "-w", "-t", "y", "synchronize-panes", "on");
            twins.same("set", "-p", "-t", "y:0.2", "synchronize-panes", "off");
            twins.same("send-keys", "-t", "y:0.0", "together", "Enter");
            twins.sameOnce(out -> out.contains("together\ntogether"), "capture-pane", "-p", "-t", "y:0.1");
            twins.sameOnce(out -> out.contains("together\ntogether"), "capture-pane", "-p", "-t", "y:0.0");
            twins.same("send-keys", "-t", "y:0.2", "alone", "Enter");
            twins.sameOnce(out -> out.contains("alone\nalone"), "capture-pane", "-p", "-t", "y:0.2");
            twins.same("capture-pane", "-p", "-t", "y:0.1");
        }
    }

    @Test
    void renumberWindowsAndBaseIndexNumberTheWindows() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            String windows = "#{window_index}:#{window_name}#{?window_active,*,}";
            twins.same("new-session", "-d", "-s", "n", "-n", "first", SLEEP);
            twins.same("set", "-t", "n", "base-index", "3");
            twins.same("new-window", "-d", "-t", "n", "-n", "second", SLEEP);
            twins.same("new-window", "-d", "-t", "n", "-n", "third", SLEEP);
            twins.same("list-windows", "-t", "n", "-F", windows);
            twins.same("set", "-t", "n", "renumber-windows", "on");
            twins.same("kill-window", "-t", "n:3");
            twins.same("list-windows", "-t", "n", "-F", windows);
            twins.same("move-window", "-r", "-t", "n");
            twins.same("list-windows", "-t", "n", "-F", windows);
        }
    }
}
