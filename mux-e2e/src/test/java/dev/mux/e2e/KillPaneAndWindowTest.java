package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill-pane and kill-window answer as kill-session does: when the stop is over, naming the job that
 * held it up until the timeout (killed then, so nothing outlived the stop: status 0).
 */
class KillPaneAndWindowTest {
    private static final String BASH = "exec bash --norc --noprofile -i";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    Path scratch;

    /** A sleep duration no other process uses, so that the job can be found by its command line. */
    private final long tag = 100_000 + ThreadLocalRandom.current().nextLong(800_000);

    @Test
    void killPaneRepliesAfterTheStopAndNamesTheJobThatIgnoredTheHangup() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            startSession(mux);
            mux.mux("split-window", "-t", "jobs:0", BASH).ok();
            startHangupIgnoringJob(mux, "jobs:0.1");

            Timed kill = Timed.run(() -> mux.mux("kill-pane", "-t", "jobs:0.1"));

            assertHeldUpByTheJob(kill);
            assertEquals(1, mux.mux("list-panes", "-t", "jobs:0").ok().out().lines().count(), "one pane is left");
        }
    }

    @Test
    void killWindowRepliesAfterTheStopAndNamesTheJobThatIgnoredTheHangup() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            startSession(mux);
            mux.mux("new-window", "-t", "jobs:1", BASH).ok();
            startHangupIgnoringJob(mux, "jobs:1");

            Timed kill = Timed.run(() -> mux.mux("kill-window", "-t", "jobs:1"));

            assertHeldUpByTheJob(kill);
            assertEquals(1, mux.mux("list-windows", "-t", "jobs").ok().out().lines().count(), "one window is left");
        }
    }

    @Test
    void aPaneWhoseJobsObeyTheHangupIsKilledAtOnceWithStatusZero() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            startSession(mux);
            mux.mux("split-window", "-t", "jobs:0", BASH).ok();
            type(mux, "jobs:0.1", "sleep " + tag + " &");
            awaitJob(mux);

            Timed kill = Timed.run(() -> mux.mux("kill-pane", "-t", "jobs:0.1"));

            assertEquals(0, kill.run.status(), kill.run.toString());
            assertEquals("", kill.run.err());
            assertTrue(kill.took.compareTo(STOP_TIMEOUT) < 0, "kill-pane took " + kill.took.toMillis() + " ms");
            assertTrue(Processes.withArgument("sleep " + tag).isEmpty(), "the hung-up job is gone when the reply comes");
        }
    }

    private void startSession(MuxHarness mux) {
        mux.mux("new", "-d", "-s", "jobs", BASH).ok();
        mux.mux("set", "-g", "timeout-stop-sec", Long.toString(STOP_TIMEOUT.toSeconds())).ok();
    }

    private void startHangupIgnoringJob(MuxHarness mux, String pane) {
        type(mux, pane, "sh -c 'trap \"\" HUP; sleep " + tag + "' &");
        awaitJob(mux);
    }

    private void assertHeldUpByTheJob(Timed kill) {
        assertEquals(0, kill.run.status(), "the job was killed at the timeout, nothing outlived the stop: " + kill.run);
        assertTrue(kill.run.err().contains("sleep " + tag + ") was running at the 1 s stop timeout"), kill.run.toString());
        assertTrue(kill.took.compareTo(STOP_TIMEOUT) >= 0, "replied after " + kill.took.toMillis() + " ms, before the stop was over");
        assertTrue(Processes.withArgument("sleep " + tag).isEmpty(), "the job is gone when the reply comes");
    }

    private static void type(MuxHarness mux, String pane, String line) {
        mux.mux("send-keys", "-t", pane, "-l", line).ok();
        mux.mux("send-keys", "-t", pane, "Enter").ok();
    }

    private void awaitJob(MuxHarness mux) {
        Poll.until("sleep " + tag + " in list-jobs", () -> mux.mux("list-jobs").ok().out(), jobs -> jobs.contains("sleep " + tag));
    }

    /** A command's run and how long it took to answer. */
    private record Timed(Run run, Duration took) {
        static Timed run(Supplier<Run> command) {
            long start = System.nanoTime();
            Run run = command.get();
            return new Timed(run, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
