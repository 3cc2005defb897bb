package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * confirm-before as tmux 3.3a: its errors, its question on the status line of a client attached in
 * a terminal of each server's own, and that only y or Y runs the command, from the command line
 * (with and without -b, which makes the caller wait for the answer) and from C-b x.
 */
class ConfirmBeforeDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void onlyYesRunsTheCommandAskedAbout() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "60", "-y", "9", "sleep 3600");
            twins.same("confirm-before", "display hi");
            twins.same("set", "-g", "status-right", "");
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "a"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", 60, 10);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "a"), "mux-terminal", 60, 10)) {
                List<OuterTmux> terminals = List.of(tmuxTerminal, muxTerminal);
                Poll.until("both clients attached", () -> twins.tmux("list-clients").out().lines().count()
                        + twins.mux("list-clients").out().lines().count(), count -> count == 2);
                twins.same("confirm-before", "-b", "nosuch");
                twins.same("confirm-before", "-b", "display hi ; nosuch x");
                twins.same("confirm-before", "-b", "killp -x");
                twins.same("confirm", "-t", "nosuch", "killp");

                twins.same("confirm-before", "-b", "killp ; display hi");
                asked(terminals, "Confirm 'kill-pane'? (y/n)");
                for (OuterTmux terminal : terminals) terminal.sendKeys("n");
                twins.same("set", "-g", "@x", "no");
                twins.same("confirm", "-b", "-p", "Sure #S?", "set -g @x yes");
                asked(terminals, "Sure a?");
                for (OuterTmux terminal : terminals) terminal.sendKeys("Y");
                twins.sameOnce(out -> out.equals("yes\n"), "show", "-gv", "@x");
                twins.same("list-panes", "-F", "#{pane_index}");

                CompletableFuture<Run> tmuxWaits = CompletableFuture.supplyAsync(() -> twins.tmux("confirm", "set -g @w on"));
                CompletableFuture<Run> muxWaits = CompletableFuture.supplyAsync(() -> twins.mux("confirm", "set -g @w on"));
                asked(terminals, "Confirm 'set-option'? (y/n)");
                assertEquals(List.of(false, false), List.of(tmuxWaits.isDone(), muxWaits.isDone()), "both wait for the answer");
                for (OuterTmux terminal : terminals) terminal.sendKeys("y");
                Run tmux = tmuxWaits.get(20, TimeUnit.SECONDS);
                Run mux2 = muxWaits.get(20, TimeUnit.SECONDS);
                assertEquals(List.of(tmux.status(), tmux.out(), tmux.err()), List.of(mux2.status(), mux2.out(), mux2.err()));
                twins.same("show", "-gv", "@w");

                // The commands after confirm-before in its list wait for the answer, as tmux's queue holds them.
                for (String answer : List.of("y", "n")) {
                    twins.same("set", "-g", "@q", "old");
                    String[] list = {"confirm", "set -g @q new", ";", "show", "-gv", "@q"};
                    CompletableFuture<Run> tmuxList = CompletableFuture.supplyAsync(() -> twins.tmux(list));
                    CompletableFuture<Run> muxList = CompletableFuture.supplyAsync(() -> twins.mux(list));
                    asked(terminals, "Confirm 'set-option'? (y/n)");
                    for (OuterTmux terminal : terminals) terminal.sendKeys(answer);
                    Run tmuxRun = tmuxList.get(20, TimeUnit.SECONDS);
                    Run muxRun = muxList.get(20, TimeUnit.SECONDS);
                    assertEquals(List.of(tmuxRun.status(), tmuxRun.out(), tmuxRun.err()),
                            List.of(muxRun.status(), muxRun.out(), muxRun.err()), "answered " + answer);
                }

                twins.same("split-window", "sleep 3600");
                for (OuterTmux terminal : terminals) terminal.sendKeys("C-b", "x");
                asked(terminals, "kill-pane 1? (y/n)");
                for (OuterTmux terminal : terminals) terminal.sendKeys("y");
                twins.sameOnce(out -> out.equals("0\n"), "list-panes", "-F", "#{pane_index}");
            }
        }
    }

    /** Waits until each terminal's last line is the question. */
    private static void asked(List<OuterTmux> terminals, String question) {
        for (OuterTmux terminal : terminals) {
            terminal.waitForScreen("the question " + question, screen -> lastLine(screen).equals(question));
        }
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }
}
