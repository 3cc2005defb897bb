package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clock mode as a user sees it: C-b t in mux and in tmux 3.3a, each in a terminal of the same
 * size, draw the same picture over the pane (compared within one minute), and a key ends it. And
 * modes stacked on one pane, as scripts see them through formats and send-keys -X.
 */
class ClockModeTest {
    private static final long MINUTE_MILLIS = 60_000;
    private static final int ATTEMPTS = 3;
    /** The rows of the pane: the status lines differ (the session names, the host), the panes must not. */
    private static final int PANE_ROWS = OuterTmux.ROWS - 1;

    @TempDir
    Path scratch;

    /** What the two terminals show over their panes. */
    private record Pictures(String tmux, String mux) {
        /** Both show the same picture, and it has the clock's blue in it. */
        boolean same() {
            return tmux.equals(mux) && tmux.contains("\033[44m");
        }

        @Override
        public String toString() {
            return "tmux:\n" + tmux + "\nmux:\n" + mux;
        }
    }

    private static String paneRows(String capture) {
        List<String> lines = capture.lines().toList();
        return String.join("\n", lines.subList(0, Math.min(PANE_ROWS, lines.size())));
    }

    @Test
    void prefixTShowsTheClockAsTmuxDoesAndAKeyEndsIt() throws Exception {
        String socket = "mux-e2e-clock-" + ProcessHandle.current().pid();
        try (MuxHarness mux = MuxHarness.create(scratch);
                AutoCloseable innerTmux = () -> mux.run(List.of("tmux", "-L", socket, "kill-server"));
                OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"));
                OuterTmux tmuxTerminal = OuterTmux.start(mux, "env -u TMUX tmux -L " + socket
                        + " -f /dev/null new -s tmux", "tmux-terminal", OuterTmux.COLUMNS, OuterTmux.ROWS)) {
            muxTerminal.waitForPrompt();
            tmuxTerminal.waitForPrompt();
            for (int attempt = 0; ; attempt++) {
                long minute = System.currentTimeMillis() / MINUTE_MILLIS;
                tmuxTerminal.sendKeys("C-b", "t");
                muxTerminal.sendKeys("C-b", "t");
                Pictures seen = Poll.until("mux's clock drawn as tmux's",
                        () -> new Pictures(paneRows(tmuxTerminal.captureWithStyles()), paneRows(muxTerminal.captureWithStyles())),
                        pictures -> pictures.same() || System.currentTimeMillis() / MINUTE_MILLIS != minute);
                if (System.currentTimeMillis() / MINUTE_MILLIS == minute) {
                    assertTrue(seen.same(), seen.toString());
                    break;
                }
                if (attempt == ATTEMPTS - 1) throw new AssertionError("the minute changed during each of " + ATTEMPTS + " attempts");
                tmuxTerminal.sendKeys("q");
                muxTerminal.sendKeys("q");
            }
            assertEquals("clock-mode 1", mux.mux("display-message", "-p", "-t", "demo", "#{pane_mode} #{pane_in_mode}").ok().out().strip());

            muxTerminal.sendKeys("x");
            Poll.until("clock mode left", () -> mux.mux("display-message", "-p", "-t", "demo", "#{pane_in_mode}").ok().out().strip(),
                    "0"::equals);
            muxTerminal.waitForPrompt();
            muxTerminal.type("echo after''clock");
            muxTerminal.waitForLine("afterclock");
        }
    }

    /** Copy mode and clock mode on one pane, driven by commands, and the clock's options: what each step prints. */
    private static final List<List<String>> STACKING = List.of(
            List.of("send-keys", "-X", "-t", "demo", "cursor-up"),
            List.of("copy-mode", "-t", "demo"),
            List.of("display-message", "-p", "-t", "demo", "#{pane_mode} #{pane_in_mode}"),
            List.of("clock-mode", "-t", "demo"),
            List.of("display-message", "-p", "-t", "demo", "#{pane_mode} #{pane_in_mode}"),
            List.of("send-keys", "-X", "-t", "demo", "cancel"),
            List.of("copy-mode", "-t", "demo"),
            List.of("display-message", "-p", "-t", "demo", "#{pane_mode} #{pane_in_mode}"),
            List.of("send-keys", "-X", "-t", "demo", "no-such-command"),
            List.of("send-keys", "-X", "-t", "demo", "cancel"),
            List.of("display-message", "-p", "-t", "demo", "#{pane_mode} #{pane_in_mode}"),
            List.of("copy-mode", "-t", "demo"),
            List.of("copy-mode", "-q", "-t", "demo"),
            List.of("display-message", "-p", "-t", "demo", "[#{pane_mode}] #{pane_in_mode}"),
            List.of("show-options", "-g", "clock-mode-colour"),
            List.of("show-options", "-g", "clock-mode-style"),
            List.of("set-option", "-g", "clock-mode-colour", "color3"),
            List.of("set-option", "-g", "clock-mode-colour", "nocolour"),
            List.of("show-options", "-g", "clock-mode-colour"));

    @Test
    void modesStackOnAPaneAsInTmux() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            String tmuxSocket = "mux-e2e-modes-" + ProcessHandle.current().pid();
            List<String> tmux = List.of("tmux", "-L", tmuxSocket, "-f", "/dev/null");
            mux.mux("new", "-d", "-s", "demo").ok();
            mux.run(concat(tmux, List.of("new", "-d", "-s", "demo"))).ok();
            try {
                for (List<String> step : STACKING) {
                    Run expected = mux.run(concat(tmux, step));
                    Run actual = mux.mux(step.toArray(String[]::new));
                    assertEquals(expected.status() + " " + expected.out() + expected.err(),
                            actual.status() + " " + actual.out() + actual.err(), String.join(" ", step));
                }
            } finally {
                mux.run(concat(tmux, List.of("kill-server")));
            }
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
