package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost, in a real systemd 252 with KillUserProcesses=yes and linger: a server started in a
 * login session, killed with SIGKILL once its output settled, comes back when {@code mux attach}
 * runs in a new login session, with the same sessions, ids, layouts, directories and scrollback
 * (compared by capture-pane), and the new server is again in a scope of its own.
 */
class ResurrectionInSystemdTest extends InSandbox {
    private static final String DIR = "/tmp/sbx-snap-res";
    private static final String MACHINE = "snapres";
    private static final String SOCKET_NAME = "res";
    private static final String HOME = "/home/" + Sandbox.USER;
    private static final String SNAPSHOT = HOME + "/.local/state/mux/" + SOCKET_NAME + ".snapshot";
    private static final String SOCKET = "/run/user/" + Sandbox.UID + "/mux/" + SOCKET_NAME;
    /** The debounce plus a generous margin: every call into the sandbox opens a login session. */
    private static final Duration SNAPSHOT_DEADLINE = Duration.ofSeconds(20);

    @TempDir
    Path scratch;

    @Override
    Sandbox boot(Path bootScratch) {
        return Sandbox.boot(bootScratch, true, DIR, MACHINE);
    }

    @Test
    void killedServerComesBackOnAttachAsItWas() throws IOException {
        sandbox.linger(true);
        ResurrectionScenario scenario = new ResurrectionScenario(args -> sandbox.user(mux() + " " + args).ok().out(),
                HOME + "/dirs");
        sandbox.user(scenario.setupScript(mux())).ok();
        try {
            Poll.until("every pane to finish printing", scenario::outputDone, done -> done);
            Poll.until("the snapshot to hold every pane's last output", SNAPSHOT_DEADLINE, this::snapshot,
                    ResurrectionScenario::snapshotHoldsEverything);
            ResurrectionScenario.State before = scenario.record();

            long killed = serverPid();
            sandbox.kill(killed);
            Poll.until("the server to die", () -> sandbox.alive(killed), alive -> !alive);

            try (MuxHarness host = MuxHarness.create(scratch);
                    OuterTmux terminal = OuterTmux.start(host, Shell.line(sandbox.terminalCommand("exec-user", "env",
                            "SHELL=/bin/sh", MuxHarness.MUX.toString(), "-L", SOCKET_NAME, "attach", "-t", "work")))) {
                terminal.waitForScreen("the restored pane's notice", screen -> screen.contains("[mux: ended after"));
                ResurrectionScenario.State after = scenario.record();
                ResurrectionScenario.assertRestored(before, after, ResurrectionScenario.CRASH_NOTICE);
                long restored = serverPid();
                String cgroup = sandbox.cgroupOf(restored);
                assertTrue(cgroup.endsWith("/mux-server-" + SOCKET_NAME + "-" + restored + ".scope"),
                        "the new server is in a scope of its own: " + cgroup);
            }
        } finally {
            sandbox.user(mux() + " kill-server");
        }
    }

    /** The server's first pane starts its shell with SHELL=/bin/sh, so prompts and window names are sh's. */
    private static String mux() {
        return "SHELL=/bin/sh " + MuxHarness.MUX + " -L " + SOCKET_NAME;
    }

    private byte[] snapshot() {
        Run run = sandbox.raw("sh", "-c", "base64 -w0 " + SNAPSHOT + " 2>/dev/null");
        return Base64.getDecoder().decode(run.out().strip());
    }

    private long serverPid() {
        String pids = sandbox.raw("pgrep", "-f", "ServerMain --socket " + SOCKET).out().strip();
        return Long.parseLong(pids.lines().findFirst().orElseThrow(() -> new AssertionError("no server on " + SOCKET)));
    }
}
