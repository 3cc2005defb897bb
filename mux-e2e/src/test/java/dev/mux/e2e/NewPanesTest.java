package dev.mux.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * split-window, new-window and new-session with their start directory (-c, a format), -P/-F
 * printing and the window placement flags, held to what tmux 3.3a does with the same commands.
 */
class NewPanesTest {
    @TempDir
    Path scratch;

    @Test
    void startDirectoriesAreFormatsAndRelativeToTheClient() throws Exception {
        Files.createDirectories(scratch.resolve("work/sub"));
        Files.createDirectories(scratch.resolve("s1"));
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            String work = scratch.resolve("work").toString();
            twins.same("new-session", "-d", "-s", "s1", "-P", "-c", work, "exec sleep 600");
            twins.same("split-window", "-d", "-t", "s1", "-c", "#{pane_current_path}/sub", "pwd; exec sleep 600");
            twins.same("split-window", "-d", "-t", "s1", "-c", scratch + "/#{session_name}", "pwd; exec sleep 600");
            // Relative to the client's directory, the tests' working directory, which has a src/test.
            twins.same("new-window", "-d", "-t", "s1", "-n", "rel", "-c", "src/test", "pwd; exec sleep 600");
            twins.same("new-window", "-d", "-t", "s1", "-n", "gone", "-c", "/nonexistent/dir", "pwd; exec sleep 600");
            twins.sameOnce(out -> !out.isBlank(), "capture-pane", "-p", "-t", "s1:0.1");
            twins.sameOnce(out -> !out.isBlank(), "capture-pane", "-p", "-t", "s1:0.2");
            twins.sameOnce(out -> !out.isBlank(), "capture-pane", "-p", "-t", "s1:rel");
            // A directory that does not exist falls back to the home directory. (tmux 3.3a means to,
            // but its child skips the chdir when it finds a home, so it stays in the server's.)
            String home = harness.env().get("HOME");
            Poll.until("pwd in the home directory", () -> twins.mux("capture-pane", "-p", "-t", "s1:gone").out(),
                    out -> out.strip().equals(home));
        }
    }

    @Test
    void newPanesArePrintedByTheirDefaultFormatOrByF() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "p", "-P", "-x", "80", "-y", "24");
            twins.same("new-session", "-d", "-P", "-F", "#{session_name}/#{window_index}/#{pane_index}");
            twins.same("split-window", "-P", "-t", "p");
            twins.same("split-window", "-d", "-h", "-P", "-F", "#{pane_index} #{window_panes}", "-t", "p:0.0");
            twins.same("new-window", "-d", "-P", "-t", "p");
            twins.same("new-window", "-P", "-F", "[#{window_index}]", "-t", "p:7");
            twins.same("display-message", "-p", "-t", "p", "#{window_index}.#{pane_index} #{window_panes}");
        }
    }

    @Test
    void windowPlacementFlagsShuffleReplaceAndReuseWindows() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            String windows = "#{window_index}:#{window_name}#{?window_active,*,}";
            twins.same("new-session", "-d", "-s", "w", "-n", "zero");
            twins.same("new-window", "-d", "-t", "w:1", "-n", "one");
            twins.same("new-window", "-d", "-t", "w:2", "-n", "two");
            twins.same("new-window", "-d", "-t", "w:5", "-n", "five");
            twins.same("new-window", "-d", "-a", "-t", "w:0", "-n", "after0", "-P");
            twins.same("list-windows", "-t", "w", "-F", windows);
            twins.same("new-window", "-b", "-t", "w:5", "-n", "before5", "-P");
            twins.same("list-windows", "-t", "w", "-F", windows);
            twins.same("new-window", "-d", "-t", "w:2", "-n", "taken");
            twins.same("new-window", "-d", "-k", "-t", "w:2", "-n", "replaced", "-P");
            twins.same("list-windows", "-t", "w", "-F", windows);
            twins.same("new-window", "-S", "-n", "one", "-t", "w");
            twins.same("list-windows", "-t", "w", "-F", windows);
            twins.same("new-window", "-d", "-n", "one", "-t", "w");
            twins.same("new-window", "-S", "-n", "one", "-t", "w");
            twins.same("split-window", "-Z", "-t", "w:0");
            twins.same("display-message", "-p", "-t", "w:0", "#{window_zoomed_flag} #{pane_index} #{window_panes}");
        }
    }
}
