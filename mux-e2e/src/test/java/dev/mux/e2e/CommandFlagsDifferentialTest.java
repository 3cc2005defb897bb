package dev.mux.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flags tmux 3.3a's commands have that mux lacked: each run on both servers, and the state they
 * leave (windows, panes, sizes, zoom, buffers, screens) compared with list-*, display -p and
 * capture-pane.
 */
class CommandFlagsDifferentialTest {
    private static final String WINDOWS = "#{session_name}:#{window_index} #{window_name} #{window_panes}#{?window_active,*,}";
    private static final String PANES = "#{pane_index} #{pane_width}x#{pane_height}#{?pane_active,*,}";

    @TempDir
    Path scratch;

    @Test
    void windowsAndPanesMoveAsTmuxSays() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "80", "-y", "24", "-n", "one", "sleep 3600");
            twins.same("set", "-g", "automatic-rename", "off");
            twins.same("new-session", "-d", "-s", "b", "-x", "80", "-y", "24", "-n", "two", "sleep 3600");
            twins.same("new-window", "-d", "-t", "a:3", "-n", "three", "sleep 3600");
            twins.same("split-window", "-t", "a:0", "sleep 3600");
            twins.same("split-window", "-t", "a:0", "sleep 3600");
            twins.same("break-pane", "-s", "a:0.1", "-t", "a:3");
            twins.same("break-pane", "-d", "-s", "a:0.1", "-a", "-t", "a:0", "-P", "-F", "#{window_index}");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("break-pane", "-s", "a:1", "-n", "moved", "-t", "b:");
            twins.same("break-pane", "-s", "a:0", "-b", "-t", "b:0", "-d");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("break-pane", "-t", "nosuch:");

            twins.same("select-window", "-t", "b:0");
            twins.same("select-window", "-t", "b:2");
            twins.same("select-window", "-T", "-t", "b:2");
            twins.same("display-message", "-p", "-t", "b", "#{window_index}");
            twins.same("next-window", "-a", "-t", "b");
            twins.same("previous-window", "-a", "-t", "b");
            twins.same("kill-session", "-C", "-t", "b");
            twins.same("list-sessions", "-F", "#{session_name}");

            twins.same("split-window", "-h", "-t", "b:0", "sleep 3600");
            twins.same("split-window", "-v", "-t", "b:0.1", "sleep 3600");
            twins.same("resize-pane", "-t", "b:0.0", "-x", "30");
            twins.same("list-panes", "-t", "b:0", "-F", PANES);
            twins.same("resize-pane", "-t", "b:0.2", "-y", "5");
            twins.same("list-panes", "-t", "b:0", "-F", PANES);
            twins.same("resize-pane", "-t", "b:0.1", "-x", "25%", "-y", "50%");
            twins.same("list-panes", "-t", "b:0", "-F", PANES);
            twins.same("resize-pane", "-t", "b:0.1", "-x", "bad");
            twins.same("resize-pane", "-M", "-t", "b:0.1");
            twins.same("resize-pane", "-Z", "-t", "b:0.1");
            twins.same("swap-pane", "-Z", "-s", "b:0.1", "-t", "b:0.0");
            twins.same("display-message", "-p", "-t", "b:0", "#{window_zoomed_flag} #{pane_index}");
            twins.same("swap-pane", "-s", "b:0.1", "-t", "b:0.0");
            twins.same("display-message", "-p", "-t", "b:0", "#{window_zoomed_flag} #{pane_index}");
            twins.same("list-panes", "-t", "b:0", "-F", PANES);
        }
    }

    @Test
    void keysBuffersAndRespawnsTakeTheirNewFlags() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "40", "-y", "6", "cat");
            twins.same("send-keys", "-t", "a", "-H", "68", "69", "zz", "0a");
            twins.sameOnce(out -> out.contains("hi\nhi"), "capture-pane", "-p", "-t", "a");
            twins.same("send-keys", "-t", "a", "-M");
            twins.same("send-keys", "-t", "a", "-R", "x");
            twins.sameOnce(out -> out.startsWith("x"), "capture-pane", "-p", "-t", "a");
            twins.same("capture-pane", "-P", "-p", "-t", "a");
            twins.same("capture-pane", "-P", "-t", "a");
            twins.same("list-buffers", "-F", "#{buffer_name}");
            twins.same("set-buffer", "-w", "-b", "named", "text");
            twins.same("set-buffer", "-w", "-t", "nosuch", "-b", "named", "-a", "more");
            twins.same("show-buffer", "-b", "named");
            twins.same("set", "-g", "remain-on-exit", "on");
            twins.same("respawn-pane", "-k", "-t", "a", "-e", "GREETING=hello", "echo $GREETING there; sleep 3600");
            twins.sameOnce(out -> out.contains("hello there"), "capture-pane", "-p", "-t", "a");
            twins.same("respawn-window", "-k", "-t", "a", "-e", "GREETING=again", "echo $GREETING there; sleep 3600");
            twins.sameOnce(out -> out.contains("again there"), "capture-pane", "-p", "-t", "a");
            twins.same("new-session", "-d", "-t", "a");
            twins.same("list-sessions", "-F", "#{session_name} #{session_group}");
            twins.same("new-session", "-d", "-f", "read-only", "-s", "c");
            twins.same("attach-session", "-r", "-t", "a");
            twins.same("attach-session", "-x", "-E", "-c", "/", "-f", "ignore-size", "-t", "a");
        }
    }
}
