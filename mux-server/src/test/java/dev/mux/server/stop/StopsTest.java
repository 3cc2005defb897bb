package dev.mux.server.stop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.platform.libc.Libc;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stop procedure on real interactive shells with real jobs, driven by a real event loop: what
 * each kill signal does to a stopped job, a SIGTERM-ignoring job, a SIGHUP-ignoring job and a
 * daemon, what the report says, and that nothing is left behind.
 */
class StopsTest {
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(1000);
    /** Far longer than any stop that does not need its timeout. */
    private static final Duration LONG_TIMEOUT = Duration.ofSeconds(20);

    private final ProcessTable processes = new ProcessTable();
    private final List<PtyShell> shells = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        for (PtyShell shell : shells) {
            for (ProcInfo process : processes.snapshot().of(shell.identity())) {
                Libc.signalProcess(process.pid(), UnixSignal.SIGKILL.number());
            }
        }
    }

    @Test
    void aHangupEndsStoppedAndTermIgnoringJobsWithoutWaitingForTheTimeout() throws Exception {
        PtyShell shell = shell("%1", settings(KillMode.CONTROL_GROUP, null, LONG_TIMEOUT));
        long ignoresTerm = startJob(shell, "sh -c 'trap \"\" TERM; sleep 1001' &", "sleep 1001");
        long stopped = stoppedJob(shell, "sleep 1002");

        PaneReport pane = stop(shell).panes().get(0);

        assertEquals(StopResult.SUCCESS, pane.result(), String.join("\n", pane.lines()));
        assertTrue(pane.millis() < LONG_TIMEOUT.toMillis() / 2, pane.millis() + " ms");
        assertTrue(pane.holdups().isEmpty(), String.join("\n", pane.holdupLines()));
        ProcessReport stoppedJob = process(pane, stopped);
        assertEquals(ProcState.STOPPED, stoppedJob.initialState());
        assertTrue(stoppedJob.received().contains("SIGHUP") && stoppedJob.received().contains("SIGCONT"),
                stoppedJob.describe());
        assertTrue(process(pane, shell.pid()).received().contains("SIGHUP (hangup)"), pane.lines().toString());
        assertTrue(process(pane, ignoresTerm).ended());
        assertNothingLeft(shell);
    }

    @Test
    void aJobThatIgnoresHangupHoldsTheStopUpIsNamedAndKilled() throws Exception {
        PtyShell shell = shell("%2", settings(KillMode.CONTROL_GROUP, null, SHORT_TIMEOUT));
        long ignoresHup = startJob(shell, "nohup sleep 1003 >/dev/null 2>&1 &", "sleep 1003");

        StopReport report = stop(shell);
        PaneReport pane = report.panes().get(0);

        assertEquals(StopResult.TIMEOUT, pane.result(), String.join("\n", pane.lines()));
        assertTrue(pane.millis() >= SHORT_TIMEOUT.toMillis(), pane.millis() + " ms");
        assertEquals(List.of(ignoresHup), pane.holdups().stream().map(ProcessReport::pid).toList());
        assertTrue(process(pane, ignoresHup).received().contains("SIGKILL"), pane.lines().toString());
        String named = String.join("\n", report.holdupLines());
        assertTrue(named.contains("pid " + ignoresHup + " (sleep 1003) was running"), named);
        assertNothingLeft(shell);
    }

    @Test
    void sigtermAsSystemdSendsItLeavesTheShellAndTheTermIgnoringJobToTheTimeout() throws Exception {
        PtyShell shell = shell("%3", settings(KillMode.CONTROL_GROUP, UnixSignal.SIGTERM, SHORT_TIMEOUT));
        long ignoresTerm = startJob(shell, "sh -c 'trap \"\" TERM; sleep 1001' &", "sleep 1001");
        long stopped = stoppedJob(shell, "sleep 1002");

        PaneReport pane = stop(shell).panes().get(0);

        assertEquals(StopResult.TIMEOUT, pane.result(), String.join("\n", pane.lines()));
        List<Long> heldUp = pane.holdups().stream().map(ProcessReport::pid).toList();
        assertTrue(heldUp.contains(shell.pid()) && heldUp.contains(ignoresTerm), pane.lines().toString());
        ProcessReport stoppedJob = process(pane, stopped);
        assertEquals(List.of("SIGTERM", "SIGCONT"), stoppedJob.received());
        assertTrue(stoppedJob.ended() && stoppedJob.endedAfterMillis() < SHORT_TIMEOUT.toMillis(), stoppedJob.describe());
        assertNothingLeft(shell);
    }

    @Test
    void aDaemonThatLeftTheSessionIsFoundByThePaneVariablesAndEnded() throws Exception {
        PtyShell shell = shell("%4", settings(KillMode.CONTROL_GROUP, null, SHORT_TIMEOUT));
        long daemon = startJob(shell, "setsid sleep 1004 >/dev/null 2>&1 < /dev/null &", "sleep 1004");
        assertTrue(processes.read(daemon).orElseThrow().session() != shell.pid(), "setsid should have left the session");

        StopReport report = stop(shell);

        assertEquals(List.of(daemon), report.panes().get(0).holdups().stream().map(ProcessReport::pid).toList());
        assertNothingLeft(shell);
    }

    @Test
    void killModeProcessWaitsForTheShellAloneAndLeavesTheRest() throws Exception {
        PtyShell shell = shell("%5", settings(KillMode.PROCESS, null, LONG_TIMEOUT));
        long ignoresHup = startJob(shell, "nohup sleep 1005 >/dev/null 2>&1 &", "sleep 1005");

        PaneReport pane = stop(shell).panes().get(0);

        assertEquals(StopResult.SUCCESS, pane.result(), String.join("\n", pane.lines()));
        ProcessReport job = process(pane, ignoresHup);
        assertFalse(job.waitedFor());
        assertTrue(job.received().isEmpty(), job.describe());
        assertTrue(processes.read(ignoresHup).filter(p -> !p.state().isGone()).isPresent(),
                "kill-mode process must leave the job running");
    }

    private PtyShell shell(String paneName, StopSettings settings) throws Exception {
        PtyShell shell = PtyShell.start(paneName, settings);
        shells.add(shell);
        return shell;
    }

    private static StopSettings settings(KillMode mode, UnixSignal signal, Duration timeout) {
        boolean hangup = signal == null;
        return new StopSettings(mode, hangup ? UnixSignal.SIGHUP : signal, hangup, false, true, UnixSignal.SIGKILL, timeout);
    }

    /** Types a job line and returns the pid of the process whose command line is {@code command}. */
    private long startJob(PtyShell shell, String line, String command) throws Exception {
        shell.type(line + "\n");
        return until("a process '" + command + "' in the pane", () -> find(shell, command)).pid();
    }

    /** Runs {@code command} in the foreground and stops it with C-z, as a user would. */
    private long stoppedJob(PtyShell shell, String command) throws Exception {
        long pid = startJob(shell, command, command);
        shell.type("\u001a");
        until("'" + command + "' to be stopped",
                () -> processes.read(pid).filter(p -> p.state() == ProcState.STOPPED));
        return pid;
    }

    private Optional<ProcInfo> find(PtyShell shell, String command) {
        return processes.snapshot().of(shell.identity()).stream()
                .filter(p -> processes.commandLine(p.pid()).equals(command)).findFirst();
    }

    private StopReport stop(PtyShell shell) throws Exception {
        try (LoopThread loop = new LoopThread()) {
            Stops stops = new Stops(loop.loop(), PtyShell.SERVER_PREFIX);
            return loop.<StopReport>call(done -> () -> stops.stop(List.of(shell), "test", done::complete), 30);
        }
    }

    private static ProcessReport process(PaneReport pane, long pid) {
        return pane.processes().stream().filter(p -> p.pid() == pid).findFirst()
                .orElseThrow(() -> new AssertionError("pid " + pid + " not in the report:\n" + String.join("\n", pane.lines())));
    }

    private void assertNothingLeft(PtyShell shell) {
        List<ProcInfo> left = processes.snapshot().of(shell.identity()).stream().filter(p -> !p.state().isGone()).toList();
        assertTrue(left.isEmpty(), "left running: " + left);
    }

    private static <T> T until(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) return found.get();
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
