package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reason mux exists, checked against a real systemd 252 with KillUserProcesses=yes: a server
 * started in a login session moves into its own scope under user@UID.service, its panes into scopes beside it;
 * with linger it outlives the session (ended by exit and by terminate-session) while a
 * {@code setsid nohup} process of the same session dies; without linger it warns first, and dies.
 */
class ScopeInSystemdTest extends InSandbox {
    /** Past UserStopDelaySec: by then a user manager without linger has stopped. */
    private static final Duration BEYOND_USER_STOP = Duration.ofSeconds(Sandbox.USER_STOP_DELAY_SEC + 3);
    private static final Duration DEATH_TIMEOUT = Duration.ofSeconds(Sandbox.USER_STOP_DELAY_SEC + 20);

    @TempDir
    Path scratch;

    @Override
    Sandbox boot(Path bootScratch) {
        return Sandbox.boot(bootScratch, true);
    }

    @Test
    void serverAndPaneRunInTheServersOwnScope() {
        sandbox.linger(true);
        Started started = Started.parse(sandbox.user(startScript("own", "")).ok().out());
        try {
            String unit = "mux-server-own-" + started.serverPid() + ".scope";
            assertEquals(sandbox.userManagerScope(unit), sandbox.cgroupOf(started.serverPid()));
            assertEquals("yes", started.status().get("own_scope"));
            assertEquals(unit, started.status().get("unit"));
            long pane = sandbox.panePid("own");
            // pane-scopes (on by default) moves the pane's shell into a scope of its own, beside the server's.
            String paneScope = sandbox.userManagerScope("mux-pane-own-0-" + pane + ".scope");
            Poll.until("the pane's shell in its own scope " + paneScope, () -> sandbox.cgroupOf(pane), paneScope::equals);
        } finally {
            sandbox.kill(started.serverPid(), started.controlPid());
        }
    }

    @Test
    void withLingerTheServerOutlivesASessionThatExits() {
        sandbox.linger(true);
        Started started = Started.parse(sandbox.user(startScript("exit", "")).ok().out());
        checkSurvivesAndReattaches("exit", started);
    }

    @Test
    void withLingerTheServerOutlivesATerminatedSession() throws IOException, InterruptedException {
        sandbox.linger(true);
        Path out = scratch.resolve("session.out");
        Process session = sandbox.userInBackground(startScript("term", "echo started; exec sleep 600"), out);
        String text = Poll.until("the session's script to start mux", () -> read(out), t -> t.contains("started"));
        Started started = Started.parse(text);
        sandbox.raw("loginctl", "terminate-session", started.session()).ok();
        assertTrue(session.waitFor(Run.TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS), "the session ended");
        checkSurvivesAndReattaches("term", started);
    }

    @Test
    void withoutLingerItWarnsAndScopeStatusSaysNo() {
        sandbox.linger(false);
        Run run = sandbox.user(startScript("nolinger", "") + "; " + mux("nolinger") + " scope-status -F 'verdict=#{survives}'").ok();
        Started started = Started.parse(run.out());
        assertTrue(run.err().contains("warning: mux sessions will not survive logout"), run.toString());
        assertTrue(run.err().contains("loginctl enable-linger " + Sandbox.USER), run.toString());
        assertEquals("no", started.status().get("linger"));
        assertEquals("no", started.status().get("verdict"));
        assertEquals("yes", started.status().get("kill_user_processes"));
        // The verdict was right: the user manager stops after UserStopDelaySec, the scope with it.
        Poll.until("the server to die with the user manager", DEATH_TIMEOUT,
                () -> sandbox.alive(started.serverPid()), alive -> !alive);
    }

    @Test
    void scopeStatusCanEnableLingerThroughLogind() {
        sandbox.linger(false);
        String script = mux("linger") + " new -d -s a\n" + mux("linger") + " scope-status -l -F 'after=#{linger} #{survives}'";
        Run run = sandbox.user(script).ok();
        try {
            assertEquals("yes yes", Sandbox.fields(run.out()).get("after"), run.toString());
        } finally {
            sandbox.user(mux("linger") + " kill-server");
        }
    }

    private void checkSurvivesAndReattaches(String name, Started started) {
        try {
            long pane = sandbox.panePid(name);
            Poll.until("the setsid nohup control process to die with the session", DEATH_TIMEOUT,
                    () -> sandbox.alive(started.controlPid()), alive -> !alive);
            sandbox.staysAlive(BEYOND_USER_STOP, started.serverPid(), pane);
            // The old pane's screen, drawn by the surviving server for a client of a new session.
            sandbox.attachSeesAndDetaches(scratch, name, "marker-" + name);
            assertTrue(sandbox.alive(started.serverPid()), "the server outlives the detached client");
        } finally {
            sandbox.kill(started.serverPid(), started.controlPid());
        }
    }

    private static String mux(String socketName) {
        return MuxHarness.MUX + " -L " + socketName;
    }

    /**
     * Starts a server on socket NAME with session "a", whose pane shows a marker and records its pid,
     * and a control process the way users try to escape logout; prints pids and scope-status -p.
     */
    private static String startScript(String name, String then) {
        String mux = mux(name);
        String script = String.join("\n",
                "set -e",
                mux + " new -d -s a",
                mux + " send-keys -t a 'echo marker-" + name + "; echo $$ > ~/pane-" + name + ".pid' Enter",
                "setsid nohup sleep 100000 >/dev/null 2>&1 </dev/null &",
                "echo control=$!",
                "echo session=$XDG_SESSION_ID",
                mux + " scope-status -p");
        return then.isEmpty() ? script : script + "\n" + then;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private record Started(long serverPid, long controlPid, String session, Map<String, String> status) {
        static Started parse(String output) {
            Map<String, String> fields = Sandbox.fields(output);
            if (!fields.containsKey("pid") || !fields.containsKey("control")) throw new AssertionError("no pids in:\n" + output);
            return new Started(Long.parseLong(fields.get("pid")), Long.parseLong(fields.get("control")),
                    fields.get("session"), fields);
        }
    }
}
