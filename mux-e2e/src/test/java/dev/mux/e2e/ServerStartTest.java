package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's start of a server: the server answers through a FIFO, and a server
 * that ends without answering is reported as soon as it ends, not after the client's 10 s wait.
 */
class ServerStartTest {
    @TempDir
    Path scratch;

    @Test
    void aServerThatCannotStartIsReportedAtOnce() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            // The JVM refuses this heap size and ends before the server prints a word.
            mux.env().put("MUX_SERVER_MAX_HEAP", "not-a-size");
            long start = System.nanoTime();
            Run run = mux.mux("new", "-d");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(1, run.status(), run.toString());
            assertEquals("mux: server failed to start: it closed its output without saying ready\n", run.err(), run.toString());
            assertTrue(took.toMillis() < 5_000, "reported after " + took + ", as if the client waited for its timeout");
        }
    }

    @Test
    void aStartedServerLeavesOnlyItsSocketInItsDirectory() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "first", "sleep 100").ok();
            assertEquals("first\n", mux.mux("ls", "-F", "#{session_name}").ok().out());
            assertEquals(List.of(mux.socket().getFileName().toString()), leftovers(mux.socket().getParent()));
        }
    }

    private static List<String> leftovers(Path directory) throws Exception {
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
