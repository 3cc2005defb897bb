package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's default, KillUserProcesses=no, in a real systemd 252: logind leaves a session's scope
 * running at logout, while a scope under the user manager stops UserStopDelaySec after the last
 * session ends unless the user lingers. So without linger the server stays in its session's scope
 * and outlives the session; with linger it moves as usual.
 */
class ScopeWithoutKillUserProcessesTest extends InSandbox {
    /** Past UserStopDelaySec: by then a user manager without linger, and a scope under it, has stopped. */
    private static final Duration BEYOND_USER_STOP = Duration.ofSeconds(Sandbox.USER_STOP_DELAY_SEC + 3);

    @TempDir
    Path scratch;

    @Override
    Sandbox boot(Path bootScratch) {
        return Sandbox.boot(bootScratch, false);
    }

    @Test
    void withoutLingerTheServerStaysInItsSessionAndOutlivesIt() {
        sandbox.linger(false);
        // Nothing else of the session may outlive it: only the server keeps the session's scope, and
        // so the user manager, alive; had the server moved, the user manager would stop and take it along.
        Run run = sandbox.user(startScript("stay")).ok();
        Map<String, String> status = Sandbox.fields(run.out());
        long server = Long.parseLong(status.get("pid"));
        try {
            assertEquals(Sandbox.sessionScope(status.get("session")), status.get("cgroup"), run.toString());
            assertEquals("no not_needed no yes", String.join(" ", status.get("own_scope"), status.get("placement"),
                    status.get("kill_user_processes"), status.get("survives")), run.toString());
            assertFalse(run.err().contains("warning"), "no logout warning when sessions survive: " + run);
            long pane = sandbox.panePid("stay");
            assertEquals(status.get("cgroup"), sandbox.cgroupOf(pane), "the pane's shell shares the server's cgroup");
            sandbox.staysAlive(BEYOND_USER_STOP, server, pane);
            sandbox.attachSeesAndDetaches(scratch, "stay", "marker-stay");
        } finally {
            sandbox.kill(server);
        }
    }

    @Test
    void withLingerTheServerMovesIntoItsOwnScope() {
        sandbox.linger(true);
        Map<String, String> status = Sandbox.fields(sandbox.user(startScript("linger")).ok().out());
        long server = Long.parseLong(status.get("pid"));
        try {
            String unit = "mux-server-linger-" + server + ".scope";
            assertEquals(sandbox.userManagerScope(unit), sandbox.cgroupOf(server));
            assertEquals("yes yes", status.get("own_scope") + " " + status.get("survives"));
        } finally {
            sandbox.kill(server);
        }
    }

    /** Starts a server on socket NAME with session "a" whose pane shows a marker and records its pid; prints scope-status -p. */
    private static String startScript(String name) {
        String mux = MuxHarness.MUX + " -L " + name;
        return String.join("\n",
                "set -e",
                mux + " new -d -s a",
                mux + " send-keys -t a 'echo marker-" + name + "; echo $$ > ~/pane-" + name + ".pid' Enter",
                "echo session=$XDG_SESSION_ID",
                mux + " scope-status -p");
    }
}
