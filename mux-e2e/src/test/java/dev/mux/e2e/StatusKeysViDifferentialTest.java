package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * status-keys vi in the command prompt as tmux 3.3a: typing starts in insert mode, Escape enters
 * command mode (drawn in message-command-style), vi letters move and delete, i goes back to insert.
 */
class StatusKeysViDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void thePromptEditsWithViKeys() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-n", "first", "cat");
            twins.same("set", "-g", "status-keys", "vi");
            twins.same("set", "-g", "message-command-style", "bg=blue,fg=white,bold");
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "s"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", 50, 6);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "s"), "mux-terminal", 50, 6)) {
                Poll.until("both clients attached", () -> twins.tmux("list-clients").out().lines().count()
                        + twins.mux("list-clients").out().lines().count(), count -> count == 2);
                List<OuterTmux> both = List.of(tmuxTerminal, muxTerminal);
                both.forEach(terminal -> terminal.sendKeys("C-b", ":"));
                both.forEach(terminal -> terminal.sendKeys("-l", "rename-window qbc"));
                sameScreens(tmuxTerminal, muxTerminal, "rename-window qbc");
                // Escape alone, then the command letters: together they would be one Meta key.
                both.forEach(terminal -> terminal.sendKeys("Escape"));
                sameScreens(tmuxTerminal, muxTerminal, "\033[1m");
                both.forEach(terminal -> terminal.sendKeys("$", "h", "h", "h", "x"));
                sameScreens(tmuxTerminal, muxTerminal, "rename-window \033[7mb");
                both.forEach(terminal -> terminal.sendKeys("i", "a", "Enter"));
                twins.sameOnce(names -> names.equals("abc\n"), "list-windows", "-t", "s", "-F", "#{window_name}");
            }
        }
    }

    /** Waits for the two outer terminals to show the same, holding {@code mustShow}, and holds them to it. */
    private static void sameScreens(OuterTmux tmuxTerminal, OuterTmux muxTerminal, String mustShow) {
        String[] last = new String[2];
        try {
            Poll.until("mux's screen drawn as tmux's", () -> {
                last[0] = tmuxTerminal.captureWithStyles();
                last[1] = muxTerminal.captureWithStyles();
                return last[0].equals(last[1]) && last[0].contains(mustShow);
            }, same -> same);
        } catch (AssertionError timedOut) {
            assertEquals(last[0], last[1], "the screens of tmux and mux");
            throw new AssertionError("both screens lack " + mustShow + ":\n" + last[0], timedOut);
        }
    }
}
