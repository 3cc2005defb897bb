package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run-shell and if-shell, held to tmux 3.3a; their shell commands never hold up the server. */
class ShellCommandsTest {
    @TempDir
    Path scratch;

    @Test
    void runShellExitsWithItsCommandsStatusAndPrintsNothingOnTheClient() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "r");
            twins.same("run-shell", "echo out; echo err >&2; exit 3");
            twins.same("run", "kill -9 $$");
            twins.same("run-shell", "-t", "r", "echo #{session_name}");
            twins.same("run-shell", "-t", "nosuch", "true");
            twins.same("run-shell", "-b", "exit 4");
            twins.same("run-shell", "-d", "0.1", "exit 5");
            twins.same("run-shell", "-d", "x", "true");
            twins.same("run-shell", "-d", "0.1");
            twins.same("run-shell");
            twins.same("run-shell", "-C", "display-message -p -t r hello; display-message -p again");
            twins.same("run-shell", "-C", "nosuch-command");
            twins.same("run-shell", "-x", "true");
            twins.same("run-shell", "true", "extra");
            // The shell command is a format: it ran for the target pane, in the client's directory.
            Path marker = scratch.resolve("marker");
            twins.same("run-shell", "-t", "r", "echo #{session_name} > " + marker);
            assertEquals("r\n", Files.readString(marker));
        }
    }

    @Test
    void ifShellChoosesByExitStatusOrFormat() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "i");
            twins.same("if-shell", "true", "display-message -p yes", "display-message -p no");
            twins.same("if-shell", "exit 2", "display-message -p yes", "display-message -p no");
            twins.same("if", "false", "display-message -p yes");
            twins.same("if-shell", "-F", "#{session_name}", "display-message -p yes", "display-message -p no");
            twins.same("if-shell", "-F", "0#{session_name}", "display-message -p yes", "display-message -p no");
            twins.same("if-shell", "-F", "", "display-message -p yes");
            twins.same("if-shell", "true", "display-message -p a ; display-message -p b");
            // Its commands are inserted after it as a group: a failure ends that group but not the rest of the list.
            twins.same("if-shell", "-F", "1", "display-message -p a ; kill-window -t nosuch ; display-message -p b",
                    ";", "display-message", "-p", "c");
            twins.same("if-shell", "-F", "1", "run-shell 'sleep 0.3' ; display-message -p waited", ";", "display-message", "-p", "c");
            twins.same("if-shell", "-F", "1", "display-message -p x", ";", "kill-window", "-t", "nosuch", ";", "display-message", "-p", "never");
            twins.same("if-shell", "true", "nosuch-command", "also-unknown-but-never-parsed");
            twins.same("if-shell", "-t", "i", "test #{session_name} = i", "display-message -p named");
            twins.same("if-shell", "true");
            twins.same("if-shell");
            twins.same("if-shell", "-b", "true", "new-session -d -s later");
            twins.sameOnce(out -> out.contains("later"), "list-sessions", "-F", "#{session_name}");
        }
    }

    @Test
    void ifShellInTheConfigFileRunsItsChoice() throws Exception {
        Path conf = scratch.resolve("mux.conf");
        Files.writeString(conf, "if-shell 'true' 'new-session -d -s yes'\n"
                + "if-shell 'false' 'new-session -d -s no' 'new-session -d -s else'\n"
                + "if-shell -F '1' 'new-session -d -s format'\n");
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.tmux("-f", conf.toString(), "start-server").ok();
            twins.mux("-f", conf.toString(), "start-server").ok();
            twins.sameOnce(out -> out.lines().count() == 3, "list-sessions", "-F", "#{session_name}");
        }
    }

    @Test
    void shellCommandsThatNeverEndHoldUpNoOneElse() throws Exception {
        Path conf = scratch.resolve("mux.conf");
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            // The socket's path on its command line lets the harness's clean-up find it.
            String hang = "exec perl -e 'sleep 600' " + mux.socket();
            Files.writeString(conf, "if-shell \"" + hang + "\" 'new-session -d -s never'\n"
                    + "run-shell \"" + hang + "\"\n"
                    + "new-session -d -s after\n");
            mux.mux("-f", conf.toString(), "start-server").ok();
            Poll.until("the config's last line", () -> mux.mux("list-sessions", "-F", "#{session_name}").out(),
                    out -> out.equals("after\n"));
            ProcessBuilder hanging = new ProcessBuilder(mux.muxCommand("run-shell", hang))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            hanging.environment().putAll(mux.env());
            Process waiting = hanging.start();
            try {
                mux.mux("if-shell", "-b", hang, "kill-server").ok();
                // Another client is served while one waits for its shell command.
                assertEquals(List.of("after"), mux.mux("list-sessions", "-F", "#{session_name}").ok().out().lines().toList());
                assertTrue(waiting.isAlive(), "run-shell waits for its command");
            } finally {
                waiting.destroy();
            }
        }
    }
}
