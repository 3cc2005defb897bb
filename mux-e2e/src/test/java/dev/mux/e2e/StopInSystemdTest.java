package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A stop job is running..." reproduced and avoided in a real systemd 252 with KillUserProcesses=yes.
 * The same jobs (an interactive bash holding a stopped sleep and a job that ignores SIGTERM) are
 * stopped by {@code systemctl --user stop} of their scope: in mux's scope the server takes SIGTERM
 * as shutdown and hangs its panes up, so everything ends in about a second; in a plain shell's scope
 * the SIGTERM is ignored and the stop waits for its timeout. Both scopes have systemd's default
 * SendSIGHUP=no (logind's session scopes send SIGHUP too, which would end the plain shell as well).
 */
class StopInSystemdTest extends InSandbox {
    private static final String DIR = "/tmp/sbx-stop";
    private static final String MACHINE = "sbxstop";
    private static final String MUX = MuxHarness.MUX + " -L stop";
    private static final String BASH = "bash --norc --noprofile -i";
    /** The plain shell's scope timeout: short, since the test waits it out. */
    private static final Duration PLAIN_TIMEOUT = Duration.ofSeconds(4);
    /** Well under mux's scope's own stop timeout (systemd's default, 90 s). */
    private static final Duration ABOUT_A_SECOND = Duration.ofSeconds(5);

    /** Sleep durations no other process uses, so that each job can be found by its command line. */
    private final long tag = 100_000 + ThreadLocalRandom.current().nextLong(800_000);

    @Override
    Sandbox boot(Path bootScratch) {
        Sandbox booted = Sandbox.boot(bootScratch, true, DIR, MACHINE);
        // The server's scope must outlive the login sessions the test runs its commands in.
        booted.linger(true);
        return booted;
    }

    @Test
    void stoppingMuxsScopeEndsTheServerAndEveryJobInAboutASecond() {
        Map<String, String> status = Sandbox.fields(sandbox.user(
                MUX + " new -d -s jobs 'exec " + BASH + "'\n" + MUX + " scope-status -p").ok().out());
        long server = Long.parseLong(status.get("pid"));
        String unit = status.get("unit");
        try {
            typeIntoPane("sleep " + (tag + 1));
            Poll.until("the sleep in the pane", () -> listJobs(), jobs -> jobs.contains("sleep " + (tag + 1)));
            sandbox.user(MUX + " send-keys -t jobs C-z").ok();
            typeIntoPane("sh -c 'trap \"\" TERM; sleep " + (tag + 2) + "' &");
            Poll.until("a stopped job and a TERM-ignoring one", () -> listJobs(), jobs ->
                    jobLine(jobs, "sleep " + (tag + 1)).contains("stopped") && jobs.contains("sleep " + (tag + 2)));
            List<Long> processes = processesOf(sandbox.cgroupOf(server));
            assertTrue(processes.size() >= 5, "server, bash, sleep, sh and sleep in " + unit + ": " + processes);

            Duration took = timedStop(unit);

            System.out.println("mux's scope: systemctl --user stop took " + took.toMillis() + " ms");
            assertTrue(took.compareTo(ABOUT_A_SECOND) < 0, "stopping " + unit + " took " + took.toMillis() + " ms");
            for (long pid : processes) assertFalse(sandbox.alive(pid), "process " + pid + " of " + unit + " survived");
        } finally {
            sandbox.kill(server);
        }
    }

    @Test
    void theSameJobsInAPlainShellHoldTheStopUntilItsTimeout() {
        String unit = "plain-shell-" + tag + ".scope";
        // wait: an interactive shell ignores SIGTERM, and without job control a stopped child does not end the wait.
        String shell = "sleep " + (tag + 11) + " & kill -STOP $!; sh -c 'trap \"\" TERM; sleep " + (tag + 12) + "' & wait";
        // systemd-run moves itself into the scope before it runs the shell: the login session may end only then.
        sandbox.user("systemd-run --user --scope --unit=" + unit + " -p TimeoutStopSec=" + PLAIN_TIMEOUT.toSeconds()
                + "s " + BASH + " -c " + Shell.quote(shell) + " </dev/null >/dev/null 2>&1 &\n"
                + "for attempt in $(seq 100); do systemctl --user -q is-active " + unit + " && exit 0; sleep 0.1; done; exit 1").ok();
        String cgroup = sandbox.userManagerScope(unit);
        List<Long> processes = Poll.until("bash, the stopped sleep, sh and its sleep in " + unit,
                () -> processesOf(cgroup), pids -> pids.size() >= 4);

        Duration took = timedStop(unit);

        System.out.println("plain shell's scope: systemctl --user stop took " + took.toMillis() + " ms");
        assertTrue(took.compareTo(PLAIN_TIMEOUT) >= 0, "stopping " + unit + " took only " + took.toMillis() + " ms");
        for (long pid : processes) assertFalse(sandbox.alive(pid), "process " + pid + " outlived the final SIGKILL");
    }

    private void typeIntoPane(String line) {
        sandbox.user(MUX + " send-keys -t jobs -l " + Shell.quote(line) + " && " + MUX + " send-keys -t jobs Enter").ok();
    }

    private String listJobs() {
        return sandbox.user(MUX + " list-jobs").ok().out();
    }

    /** {@code systemctl --user stop UNIT}, timed inside the container: it returns when the stop job is over. */
    private Duration timedStop(String unit) {
        String script = "start=$(date +%s%N); systemctl --user stop " + unit
                + "; echo stop_ms=$(( ($(date +%s%N) - start) / 1000000 ))";
        return Duration.ofMillis(Long.parseLong(Sandbox.fields(sandbox.user(script).ok().out()).get("stop_ms")));
    }

    /** The pids in a cgroup, empty when it is gone. */
    private List<Long> processesOf(String cgroup) {
        return sandbox.raw("cat", "/sys/fs/cgroup" + cgroup + "/cgroup.procs").out().lines()
                .filter(l -> l.matches("\\d+")).map(Long::parseLong).toList();
    }

    /** The line of list-jobs output that ends with {@code command}, or "" if none does. */
    private static String jobLine(String jobs, String command) {
        return jobs.lines().filter(l -> l.endsWith(command)).findFirst().orElse("");
    }
}
