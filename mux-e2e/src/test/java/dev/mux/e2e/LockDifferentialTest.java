package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lock-server, lock-session and lock-client as tmux 3.3a: the locked client's terminal shows only
 * what lock-command prints, its keys go to that command, and when it ends the session is drawn
 * again; errors and the client's flags while locked are compared with tmux's.
 */
class LockDifferentialTest {
    /** A lock command that shows it runs and ends when Enter is typed. */
    private static final String LOCK_COMMAND = "printf 'LOCKED %s\\n' locked; read answer";

    @TempDir
    Path scratch;

    @Test
    void aLockedClientRunsTheLockCommandThenComesBack() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "60", "-y", "9", "printf 'in the session\\n'; sleep 3600");
            twins.same("new-session", "-d", "-s", "b", "sleep 3600");
            twins.same("set", "-g", "lock-command", LOCK_COMMAND);
            twins.same("lock-server");
            twins.same("lock-session", "-t", "nosuch");
            twins.same("lock-client", "-t", "nosuch");
            twins.same("lock-client");
            twins.same("lock-session", "-t", "b");
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "a"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", 60, 10);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "a"), "mux-terminal", 60, 10)) {
                List<OuterTmux> terminals = List.of(tmuxTerminal, muxTerminal);
                for (OuterTmux terminal : terminals) terminal.waitForLine("in the session");
                for (List<String> lock : List.of(List.of("lock-server"), List.of("lock-session", "-t", "a"),
                        List.of("lock-client"))) {
                    twins.same(lock.toArray(String[]::new));
                    for (OuterTmux terminal : terminals) {
                        String locked = terminal.waitForLine("LOCKED locked");
                        assertFalse(Screens.hasLine(locked, "in the session"), "the session is hidden:\n" + locked);
                    }
                    twins.same("list-clients", "-F", "#{session_name} #{?#{m:*suspended*,#{client_flags}},locked,}");
                    for (OuterTmux terminal : terminals) terminal.sendKeys("Enter");
                    for (OuterTmux terminal : terminals) terminal.waitForLine("in the session");
                    twins.sameOnce(out -> out.equals("a \n"), "list-clients", "-F",
                            "#{session_name} #{?#{m:*suspended*,#{client_flags}},locked,}");
                }
            }
        }
    }
}
