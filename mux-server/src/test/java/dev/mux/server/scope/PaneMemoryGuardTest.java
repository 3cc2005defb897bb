package dev.mux.server.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard that holds a pane's memory limit where the kernel has no memory controller, against
 * real processes listed in a stand-in for the scope's cgroup.procs: the largest is killed once the
 * total passes the limit, the loop is told first, and a scope under its limit is left alone.
 */
class PaneMemoryGuardTest {
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path cgroup;
    private final List<Process> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void theLargestProcessIsKilledOnceTheScopePassesItsLimit() throws Exception {
        Process small = start("sleep 600");
        Process large = start("exec python3 -c 'import time; b = bytearray(64 * 1024 * 1024); b[::4096] = b\"x\" * len(b[::4096]); time.sleep(600)'");
        waitForResident(large.pid(), 32 * MIB);
        procs(small.pid(), large.pid());
        List<String> told = new CopyOnWriteArrayList<>();
        List<Long> used = new CopyOnWriteArrayList<>();
        PaneMemoryGuard guard = new PaneMemoryGuard(task -> {
            told.add(large.isAlive() ? "told before the kill" : "told after the kill");
            task.run();
        });
        guard.guard("mux-pane-x-1-1.scope", cgroup, 16 * MIB, used::add);

        assertTrue(large.waitFor(5, TimeUnit.SECONDS), "the large process was killed");
        assertEquals(List.of("told before the kill"), told);
        assertTrue(used.get(0) > 16 * MIB, used.toString());
        assertTrue(small.isAlive(), "the small one lives on");
    }

    @Test
    void aScopeUnderItsLimitIsLeftAlone() throws Exception {
        Process small = start("sleep 600");
        procs(small.pid());
        List<Long> used = new CopyOnWriteArrayList<>();
        new PaneMemoryGuard(Runnable::run).guard("mux-pane-x-2-2.scope", cgroup, 512 * MIB, used::add);
        assertFalse(small.waitFor(3 * PaneMemoryGuard.INTERVAL_MILLIS, TimeUnit.MILLISECONDS));
        assertTrue(used.isEmpty());
    }

    @Test
    void theKernelHoldsTheLimitWhereTheScopeHasMemoryMax() throws IOException {
        assertFalse(PaneMemoryGuard.kernelEnforces(cgroup));
        Files.writeString(cgroup.resolve("memory.max"), "67108864\n");
        assertTrue(PaneMemoryGuard.kernelEnforces(cgroup));
    }

    private Process start(String command) throws IOException {
        Process process = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        started.add(process);
        return process;
    }

    private void procs(long... pids) throws IOException {
        StringBuilder text = new StringBuilder();
        for (long pid : pids) text.append(pid).append('\n');
        Files.writeString(cgroup.resolve("cgroup.procs"), text);
    }

    private static void waitForResident(long pid, long bytes) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String[] statm = Files.readString(Path.of("/proc/" + pid + "/statm")).strip().split(" ");
            if (Long.parseLong(statm[1]) * 4096 >= bytes) return;
            Thread.sleep(20);
        }
        throw new AssertionError("pid " + pid + " never held " + bytes + " bytes");
    }
}
