package dev.mux.server.scope;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a pane's memory limit where the kernel cannot: on a host whose memory controller is bound
 * to a cgroup v1 hierarchy, the user manager's scopes have no {@code memory.max} and MemoryMax=
 * is set but not enforced. Then, a few times a second, the resident memory of the processes in the
 * pane's scope is added up, and when it passes the limit the largest of them is killed (SIGKILL),
 * as the kernel's OOM killer would have done within the scope.
 */
final class PaneMemoryGuard {
    private static final Logger LOG = LoggerFactory.getLogger(PaneMemoryGuard.class);
    static final long INTERVAL_MILLIS = 200;
    private static final long PAGE = 4096;

    private final Consumer<Runnable> loop;
    private final Map<String, Guarded> guarded = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    PaneMemoryGuard(Consumer<Runnable> loop) {
        this.loop = loop;
    }

    /** Whether the kernel enforces a memory limit in this cgroup (it has the memory controller). */
    static boolean kernelEnforces(Path cgroupDirectory) {
        return Files.exists(cgroupDirectory.resolve("memory.max"));
    }

    /** Watches the scope; {@code killed} gets the resident bytes, on the loop, once the guard killed a process. */
    synchronized void guard(String unit, Path cgroupDirectory, long limitBytes, LongConsumer killed) {
        guarded.put(unit, new Guarded(cgroupDirectory, limitBytes, killed));
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "pane-memory-guard");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleWithFixedDelay(this::check, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    void forget(String unit) {
        guarded.remove(unit);
    }

    private void check() {
        guarded.forEach((unit, target) -> {
            long total = 0;
            long largest = -1;
            long largestBytes = -1;
            for (long pid : processes(target.directory())) {
                long bytes = residentBytes(pid);
                total += bytes;
                if (bytes > largestBytes) {
                    largest = pid;
                    largestBytes = bytes;
                }
            }
            if (total <= target.limitBytes() || largest <= 0) return;
            long victim = largest;
            long used = total;
            guarded.remove(unit);
            // Told before the kill, so the loop knows why before it sees the process end.
            loop.accept(() -> target.killed().accept(used));
            ProcessHandle.of(victim).ifPresent(ProcessHandle::destroyForcibly);
            LOG.warn("{}: {} bytes resident over its limit of {}; killed pid {}", unit, used, target.limitBytes(), victim);
        });
    }

    private static long[] processes(Path directory) {
        try {
            return Files.readAllLines(directory.resolve("cgroup.procs")).stream()
                    .filter(l -> !l.isBlank()).mapToLong(Long::parseLong).toArray();
        } catch (IOException | NumberFormatException e) {
            return new long[0];
        }
    }

    /** The second field of /proc/PID/statm, in bytes; 0 for a process gone meanwhile. */
    private static long residentBytes(long pid) {
        try {
            String[] fields = Files.readString(Path.of("/proc/" + pid + "/statm")).strip().split(" ");
            return Long.parseLong(fields[1]) * PAGE;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private record Guarded(Path directory, long limitBytes, LongConsumer killed) {}
}
