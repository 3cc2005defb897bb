package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * display-panes as tmux 3.3a shows it (prefix q): large digits, sizes, small panes' text, in
 * display-panes-colour and -active-colour, counting from pane-base-index; and the key that
 * chooses a pane. Compared on the screens of an outer terminal around each server's client.
 */
class DisplayPanesDifferentialTest {
    private static final int COLUMNS = 70;
    private static final int ROWS = 20;

    @TempDir
    Path scratch;

    @Test
    void numbersLargeAndSmallInTheirColoursFromThePaneBaseIndex() throws Exception {
        SideBySide.assertDrawnAsTmux(scratch, COLUMNS, ROWS, List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w0", "sleep 3600"),
                List.of("set", "-g", "automatic-rename", "off"),
                List.of("set", "-g", "status-right", ""),
                List.of("set", "-g", "pane-base-index", "1"),
                List.of("set", "-g", "display-panes-time", "60000"),
                List.of("set", "-g", "display-panes-colour", "green"),
                List.of("set", "-g", "display-panes-active-colour", "colour200"),
                List.of("split-window", "-h", "sleep 3600"),
                List.of("split-window", "-v", "-l", "3", "sleep 3600"),
                List.of("select-pane", "-t", ":0.1")),
                List.of(), List.of("C-b", "q"), screen -> screen, "35x19");
    }

    @Test
    void aDigitChoosesThePaneOfThatIndex() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "sleep 3600");
            twins.same("set", "-g", "pane-base-index", "1");
            twins.same("set", "-g", "display-panes-time", "60000");
            twins.same("split-window", "-h", "sleep 3600");
            twins.same("split-window", "-v", "sleep 3600");
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "s"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", COLUMNS, ROWS);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "s"), "mux-terminal",
                            COLUMNS, ROWS)) {
                Poll.until("both clients attached", () -> twins.tmux("list-clients").out().lines().count()
                        + twins.mux("list-clients").out().lines().count(), count -> count == 2);
                for (OuterTmux terminal : List.of(tmuxTerminal, muxTerminal)) {
                    terminal.sendKeys("C-b", "q");
                    Poll.until("the numbers shown", terminal::captureWithStyles, screen -> screen.contains("34x9"));
                    terminal.sendKeys("1");
                }
                Poll.until("the first pane chosen on both", () -> twins.tmux("display", "-p", "-t", "s", "#{pane_index}").out()
                        + twins.mux("display", "-p", "-t", "s", "#{pane_index}").out(), both -> both.equals("1\n1\n"));
                assertEquals(twins.tmux("display", "-p", "-t", "s", "#{pane_id}").out(),
                        twins.mux("display", "-p", "-t", "s", "#{pane_id}").out());
            }
        }
    }
}
