package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The linger option in a real systemd 252 with KillUserProcesses=yes and linger off: {@code auto}
 * enables linger through logind while the server has sessions and disables it again when the last
 * one ends; {@code warn} (the default) leaves linger alone and warns; scope-status says which applies.
 */
class LingerOnDemandInSystemdTest extends InSandbox {
    private static final String DIR = "/tmp/sbx-scopes-linger";
    private static final String MACHINE = "scopeslinger";

    @Override
    Sandbox boot(Path bootScratch) {
        return Sandbox.boot(bootScratch, true, DIR, MACHINE);
    }

    @Test
    void autoEnablesLingerWhileSessionsLiveAndDisablesItAfterTheLast() {
        sandbox.linger(false);
        String mux = MuxHarness.MUX + " -L auto";
        Run started = sandbox.user("echo 'set -g linger auto' > ~/auto.conf\n" + mux + " -f ~/auto.conf new -d -s a\n"
                + mux + " new -d -s b").ok();
        assertFalse(started.err().contains("warning"), "auto enables linger instead of warning: " + started);
        Poll.until("logind to say alice lingers", this::lingers, on -> on);
        Map<String, String> status = Sandbox.fields(sandbox.user(mux + " scope-status -p").ok().out());
        assertEquals("auto", status.get("linger_policy"));
        assertEquals("yes", status.get("linger_by_mux"));
        assertEquals("yes", status.get("survives"));

        sandbox.user(mux + " kill-session -t a").ok();
        assertTrue(lingers(), "one session is left: linger stays on");
        sandbox.user(mux + " kill-session -t b");
        Poll.until("linger to be off again once the last session ended", this::lingers, on -> !on);
    }

    @Test
    void autoLeavesALingerItDidNotEnable() {
        sandbox.linger(true);
        String mux = MuxHarness.MUX + " -L mine";
        sandbox.user("echo 'set -g linger auto' > ~/mine.conf\n" + mux + " -f ~/mine.conf new -d -s a").ok();
        assertEquals("no", Sandbox.fields(sandbox.user(mux + " scope-status -p").ok().out()).get("linger_by_mux"));
        sandbox.user(mux + " kill-server");
        Poll.until("the server to end", () -> sandbox.user(mux + " ls").status(), s -> s != 0);
        assertTrue(lingers(), "the user's own linger stays on");
    }

    @Test
    void warnIsTheDefaultAndLeavesLingerAlone() {
        sandbox.linger(false);
        String mux = MuxHarness.MUX + " -L warn";
        try {
            Run run = sandbox.user(mux + " new -d -s a\n" + mux + " scope-status -F 'policy=#{linger_policy} #{linger_by_mux}'").ok();
            assertTrue(run.err().contains("warning: mux sessions will not survive logout"), run.toString());
            assertEquals("warn no", Sandbox.fields(run.out()).get("policy"));
            assertFalse(lingers());
        } finally {
            sandbox.user(mux + " kill-server");
        }
    }

    private boolean lingers() {
        return sandbox.raw("loginctl", "show-user", Sandbox.USER, "-p", "Linger").out().contains("Linger=yes");
    }
}
