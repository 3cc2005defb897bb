package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started under nohup (SIGHUP ignored, which exec keeps) does not hand that on to its panes. */
class IgnoredHangupTest {
    @TempDir
    Path scratch;

    @Test
    void panesOfAServerStartedWithHangupsIgnoredTakeThem() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            // What nohup does before it runs a command: SIGHUP ignored, then exec.
            mux.run(List.of("sh", "-c", "trap '' HUP; exec " + mux.muxShellLine("new", "-d", "-s", "n", "exec sleep 600")))
                    .ok();
            String pid = mux.mux("display-message", "-p", "-t", "n", "#{pane_pid}").ok().out().strip();
            String ignored = Files.readAllLines(Path.of("/proc", pid, "status")).stream()
                    .filter(line -> line.startsWith("SigIgn:")).findFirst().orElseThrow();
            // proc(5): SigIgn is a hexadecimal mask, bit N-1 for signal N; SIGHUP is 1.
            long mask = Long.parseUnsignedLong(ignored.substring("SigIgn:".length()).strip(), 16);
            assertEquals(0, mask & 1, "the pane's program ignores hangups: " + ignored);
        }
    }
}
