package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pipe-pane against tmux 3.3a: the pane's output copied to a command, a command's output typed
 * into the pane, -o, errors; and a pipe that never reads, which must not hold up the pane.
 */
class PipePaneTest {
    @TempDir
    Path scratch;

    @Test
    void theCommandGetsThePanesOutputOrTypesIntoIt() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            Path tmuxCopy = scratch.resolve("tmux.out");
            Path muxCopy = scratch.resolve("mux.out");
            twins.same("new-session", "-d", "-s", "p", "-x", "80", "-y", "24", "exec cat");
            twins.tmux("pipe-pane", "-t", "p", "cat > " + tmuxCopy).ok();
            twins.mux("pipe-pane", "-t", "p", "cat > " + muxCopy).ok();
            // -o with a pipe open only closes it (nothing reaches "unused"); -o without one opens one.
            twins.same("pipe-pane", "-o", "-t", "p", "cat > " + scratch.resolve("unused"));
            twins.tmux("pipe-pane", "-o", "-t", "p", "cat >> " + tmuxCopy).ok();
            twins.mux("pipe-pane", "-o", "-t", "p", "cat >> " + muxCopy).ok();
            twins.same("send-keys", "-t", "p", "piped line", "Enter");
            Poll.until("tmux's copy", () -> read(tmuxCopy), out -> out.contains("piped line\r\npiped line"));
            Poll.until("mux's copy", () -> read(muxCopy), out -> out.contains("piped line\r\npiped line"));
            twins.same("pipe-pane", "-t", "p");
            twins.same("send-keys", "-t", "p", "after", "Enter");
            twins.sameOnce(out -> out.contains("after\nafter"), "capture-pane", "-p", "-t", "p");
            assertEquals(read(tmuxCopy), read(muxCopy));
            twins.same("pipe-pane", "-I", "-t", "p", "echo typed by the pipe");
            twins.sameOnce(out -> out.contains("typed by the pipe\ntyped by the pipe"), "capture-pane", "-p", "-t", "p");
            twins.same("set", "-g", "remain-on-exit", "on");
            twins.same("split-window", "-d", "-t", "p", "exit 0");
            twins.sameOnce(out -> out.contains("1"), "list-panes", "-t", "p", "-F", "#{pane_index}");
            Poll.until("the split's end in tmux", () -> twins.tmux("pipe-pane", "-t", "p:0.1", "cat").err(),
                    err -> !err.isEmpty());
            Poll.until("the split's end", () -> twins.mux("pipe-pane", "-t", "p:0.1", "cat").err(),
                    err -> !err.isEmpty());
            twins.same("pipe-pane", "-t", "p:0.1", "cat");
            twins.same("pipe-pane", "-x");
        }
    }

    @Test
    void aPipeThatNeverReadsHoldsUpNeitherThePaneNorTheServer() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch)) {
            harness.mux("new-session", "-d", "-s", "f", "-x", "80", "-y", "24",
                    "sleep 1; head -c 20000000 /dev/zero | tr '\\0' x; echo; echo flood over; exec sleep 600").ok();
            harness.mux("pipe-pane", "-t", "f", "exec sleep 600").ok();
            Poll.until("the flood's end on the pane", () -> harness.mux("capture-pane", "-p", "-t", "f").out(),
                    out -> out.contains("flood over"));
            assertEquals("f\n", harness.mux("list-sessions", "-F", "#{session_name}").ok().out());
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
