package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An idle server sleeps: with one quiet pane and no client, nothing wakes its event loop several
 * times a second (the silence check, automatic-rename and the status line's interval each ticked
 * on their own before, some 7 times a second). The loop runs on the server's main thread, whose
 * run count in /proc (schedstat's third field) grows by one each time it is woken. That thread is
 * named as the process, "java", but is not the process's first thread: the java launcher starts
 * main in a thread of its own and waits.
 */
class IdleServerTest {
    /** Long enough for several ticks of each timer that used to run (250 ms, 500 ms, 1 s). */
    private static final long WINDOW_MILLIS = 3_000;

    @TempDir
    Path scratch;

    @Test
    void anIdleServerIsNotWokenByItsTimersButMonitorSilenceStillTicks() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "idle", "sleep 1000").ok();
            Path loop = loopThread(serverPid(mux));
            // What the command set going settles within seconds (a look at the new pane's program,
            // the first snapshot); then whole windows pass with at most a wakeup or two (the
            // look at every pane's program every 10 s, the give-back of pages every 20 s).
            Poll.until("a quiet stretch of " + WINDOW_MILLIS + " ms", Duration.ofSeconds(40),
                    () -> wakeups(loop, WINDOW_MILLIS), wakeups -> wakeups <= 3);

            // The measure does see ticks: with monitor-silence set, the silence check runs 4 times a second.
            mux.mux("set", "-g", "monitor-silence", "30").ok();
            long watching = wakeups(loop, WINDOW_MILLIS);
            assertTrue(watching >= 6, "with monitor-silence set the loop was woken only " + watching + " times");
        }
    }

    private static long wakeups(Path thread, long millis) {
        long before = runs(thread);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return runs(thread) - before;
    }

    private static long runs(Path thread) {
        try {
            return Long.parseLong(Files.readString(thread.resolve("schedstat")).trim().split(" ")[2]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** /proc/PID/task/TID of the thread running Java's main: named "java", and not the first one. */
    private static Path loopThread(long pid) throws IOException {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (Stream<Path> threads = Files.list(tasks)) {
            List<Path> named = threads.filter(task -> !task.getFileName().toString().equals(Long.toString(pid)))
                    .filter(task -> comm(task).equals("java")).toList();
            assertEquals(1, named.size(), "threads named java besides the first: " + named);
            return named.get(0);
        }
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static long serverPid(MuxHarness mux) {
        List<ProcessHandle> servers = Processes.withArgument("--socket " + mux.socket());
        assertEquals(1, servers.size(), "servers: " + servers);
        return servers.get(0).pid();
    }
}
