package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stop procedure on real shells with real jobs: a stopped job, a job that ignores SIGTERM, one
 * that ignores SIGHUP, and a daemon that left the pane's session with setsid. Whatever ends the
 * server (kill-server, SIGHUP, SIGTERM), none of them may survive it.
 */
class StopProcedureTest {
    /** The pane's shell: bash itself as the session leader, as a login shell would be. */
    private static final String BASH = "bash --norc --noprofile -i";
    /** The stop timeout the tests set: what ignores the hangup is killed after it. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    Path scratch;

    /** Sleep durations no other process uses, so that each job can be found by its command line. */
    private final long tag = 100_000 + ThreadLocalRandom.current().nextLong(800_000);

    @Test
    void killServerEndsEveryJobAndNamesTheOneThatIgnoresTheHangup() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            Path trapLog = scratch.resolve("stopped-job.log");
            startJobs(mux, trapLog);

            Run kill = mux.mux("kill-server").ok();

            assertTrue(kill.err().contains("(sleep " + (tag + 3) + ") was running at the 1 s stop timeout"), kill.toString());
            assertTrue(kill.err().contains("(sleep " + (tag + 4) + ") was running"), kill.toString());
            assertNoJobSurvives();
            // A stopped job acts on SIGHUP only once continued: its note proves it got both.
            assertTrue(Files.readString(trapLog).contains("HUP"), "the stopped job never ran its SIGHUP trap");
        }
    }

    @Test
    void sighupToTheServerHangsUpEveryPaneAndExits() throws Exception {
        assertSignalEndsServerAndJobs("HUP");
    }

    @Test
    void sigtermToTheServerIsTheSameOrderlyStop() throws Exception {
        assertSignalEndsServerAndJobs("TERM");
    }

    @Test
    void listJobsShowsEachProcessWithItsStateGroupAndForeground() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            startJobs(mux, scratch.resolve("stopped-job.log"));
            String jobs = mux.mux("list-jobs").ok().out();
            assertTrue(jobs.startsWith("PANE"), jobs);
            assertTrue(jobs.contains(" yes " + BASH + "\n"), "the shell is in the foreground:\n" + jobs);
            assertTrue(line(jobs, "sleep " + (tag + 1)).contains("stopped"), jobs);
            assertTrue(line(jobs, "sleep " + (tag + 4)).contains("running"), "the daemon is listed:\n" + jobs);
        }
    }

    @Test
    void optionsAreSetAndShownAsInTmux() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "a").ok();
            mux.mux("set", "-g", "timeout-stop-sec", "3").ok();
            mux.mux("set", "-t", "a", "kill-signal", "SIGTERM").ok();
            assertEquals("3\n", mux.mux("show", "-gv", "timeout-stop-sec").ok().out());
            assertEquals("kill-signal SIGTERM\n", mux.mux("show", "-t", "a").ok().out());
            assertTrue(mux.mux("show", "-s").ok().out().contains("exit-empty on"));
            Run bad = mux.mux("set", "-g", "kill-mode", "everything");
            assertEquals(1, bad.status(), bad.toString());
            assertEquals("unknown value: everything\n", bad.err());
        }
    }

    @Test
    void sigusr1RecreatesALostSocket() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "kept").ok();
            Files.delete(mux.socket());
            assertEquals(1, mux.mux("ls").status());
            mux.run(List.of("kill", "-USR1", Long.toString(serverPid(mux)))).ok();
            Poll.until("the socket to come back", () -> mux.mux("ls"), run -> run.status() == 0 && run.out().startsWith("kept:"));
        }
    }

    private void assertSignalEndsServerAndJobs(String signal) throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            startJobs(mux, scratch.resolve("stopped-job.log"));
            long server = serverPid(mux);
            mux.run(List.of("kill", "-" + signal, Long.toString(server))).ok();
            Poll.until("the server to exit after SIG" + signal, () -> Processes.isGone(server), gone -> gone);
            assertNoJobSurvives();
        }
    }

    /**
     * An interactive bash holding the four kinds of job. The stopped one notes the SIGHUP it is
     * given; it is stopped with C-z, as a user would.
     */
    private void startJobs(MuxHarness mux, Path trapLog) {
        mux.mux("new", "-d", "-s", "jobs", "exec " + BASH).ok();
        mux.mux("set", "-g", "timeout-stop-sec", Long.toString(STOP_TIMEOUT.toSeconds())).ok();
        type(mux, "sh -c 'trap \"echo HUP >> " + trapLog + "; exit\" HUP; sleep " + (tag + 1) + "; while :; do sleep 1; done'");
        awaitJob(mux, "sleep " + (tag + 1));
        mux.mux("send-keys", "-t", "jobs", "C-z").ok();
        type(mux, "sh -c 'trap \"\" TERM; sleep " + (tag + 2) + "' &");
        type(mux, "nohup sleep " + (tag + 3) + " >/dev/null 2>&1 &");
        type(mux, "setsid sleep " + (tag + 4) + " >/dev/null 2>&1 </dev/null &");
        Poll.until("the four jobs, one stopped", () -> mux.mux("list-jobs").ok().out(), jobs ->
                line(jobs, "sleep " + (tag + 1)).contains("stopped") && jobs.contains("sleep " + (tag + 2))
                        && jobs.contains("sleep " + (tag + 3)) && jobs.contains("sleep " + (tag + 4)));
    }

    private static void type(MuxHarness mux, String line) {
        mux.mux("send-keys", "-t", "jobs", "-l", line).ok();
        mux.mux("send-keys", "-t", "jobs", "Enter").ok();
    }

    private static void awaitJob(MuxHarness mux, String command) {
        Poll.until(command + " in list-jobs", () -> mux.mux("list-jobs").ok().out(), jobs -> jobs.contains(command));
    }

    private void assertNoJobSurvives() {
        for (int job = 1; job <= 4; job++) {
            String command = "sleep " + (tag + job);
            Poll.until("no live '" + command + "'", Duration.ofSeconds(5), () -> Processes.withArgument(command),
                    List::isEmpty);
        }
    }

    private static long serverPid(MuxHarness mux) {
        List<ProcessHandle> servers = Processes.withArgument("--socket " + mux.socket());
        assertEquals(1, servers.size(), "servers: " + servers);
        return servers.get(0).pid();
    }

    /** The line of list-jobs output that ends with {@code command}, or "" if none does. */
    private static String line(String jobs, String command) {
        return jobs.lines().filter(l -> l.endsWith(command)).findFirst().orElse("");
    }
}
