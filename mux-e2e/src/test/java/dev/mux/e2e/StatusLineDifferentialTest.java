package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Status lines, borders and messages as a user sees them: the same session set up by the same
 * commands on tmux 3.3a and on mux, each attached in an outer terminal of the same size, and the
 * two screens as the outer terminals hold them (text, colours and attributes: capture-pane -e)
 * must be the same. Only the time of tmux's default status-right is left out of the comparison.
 */
class StatusLineDifferentialTest {
    private static final int COLUMNS = 60;
    private static final int ROWS = 10;

    @TempDir
    Path scratch;

    @Test
    void theDefaultStatusLine() throws Exception {
        assertDrawnAsTmux(List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w0", "sleep 3600"),
                List.of("set", "-g", "automatic-rename", "off"),
                List.of("new-window", "-d", "-n", "second", "sleep 3600")), List.of());
    }

    @Test
    void stylesInFormatsAndOptionsWithTheListInTheCentre() throws Exception {
        assertDrawnAsTmux(List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w0", "sleep 3600"),
                List.of("set", "-g", "automatic-rename", "off"),
                List.of("set", "-g", "status-right", "#[fg=red,bold]R#[default] x#[reverse]y"),
                List.of("set", "-g", "status-left", "#[bg=blue]L:#S#[default] "),
                List.of("set", "-g", "status-style", "bg=colour22,fg=white"),
                List.of("set", "-g", "window-status-current-style", "fg=yellow,underscore"),
                List.of("set", "-g", "window-status-style", "italics"),
                List.of("set", "-g", "window-status-separator", "|"),
                List.of("set", "-g", "status-justify", "centre"),
                List.of("new-window", "-n", "one", "sleep 3600"),
                List.of("new-window", "-n", "two", "sleep 3600"),
                List.of("select-window", "-t", ":0")), List.of());
    }

    @Test
    void aLongWindowListCutAroundTheCurrentWindowOnTwoLinesAtTheTop() throws Exception {
        List<List<String>> setup = new ArrayList<>(List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w0", "sleep 3600"),
                List.of("set", "-g", "automatic-rename", "off"),
                List.of("set", "-g", "status-justify", "right"),
                List.of("set", "-g", "status-position", "top"),
                List.of("set", "-g", "status", "2"),
                List.of("set", "-g", "status-right", "right")));
        for (int i = 1; i <= 12; i++) setup.add(List.of("new-window", "-d", "-n", "window" + i, "sleep 3600"));
        setup.add(List.of("select-window", "-t", ":7"));
        assertDrawnAsTmux(setup, List.of());
    }

    @Test
    void absoluteCentreFillAndAThirdLineOfItsOwn() throws Exception {
        List<List<String>> setup = new ArrayList<>(List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w0", "sleep 3600"),
                List.of("set", "-g", "automatic-rename", "off"),
                List.of("set", "-g", "status-justify", "absolute-centre"),
                List.of("set", "-g", "status-left-length", "30"),
                List.of("set", "-g", "status-left", "#[fill=blue]a long left part here:"),
                List.of("set", "-g", "status-right", ""),
                List.of("set", "-g", "status", "3"),
                List.of("set", "-g", "status-format[2]", "#[align=right]third #{session_name}"),
                List.of("set", "-g", "window-status-last-style", "fg=red")));
        for (int i = 1; i <= 12; i++) setup.add(List.of("new-window", "-n", "window" + i, "sleep 3600"));
        setup.add(List.of("select-window", "-t", ":3"));
        setup.add(List.of("select-window", "-t", ":10"));
        assertDrawnAsTmux(setup, List.of());
    }

    @Test
    void bordersInTheirStylesAndLines() throws Exception {
        assertDrawnAsTmux(List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w0", "sleep 3600"),
                List.of("set", "-g", "automatic-rename", "off"),
                List.of("set", "-g", "status-right", ""),
                List.of("set", "-g", "pane-border-style", "fg=blue"),
                List.of("set", "-g", "pane-active-border-style", "fg=red,bold"),
                List.of("set", "-g", "pane-border-lines", "double"),
                List.of("split-window", "-h", "sleep 3600"),
                List.of("split-window", "-v", "sleep 3600"),
                List.of("select-pane", "-t", "0")), List.of());
    }

    @Test
    void twoPanesShareTheirBorderAndAMessageTakesTheStatusLine() throws Exception {
        assertDrawnAsTmux(List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w0", "sleep 3600"),
                List.of("set", "-g", "automatic-rename", "off"),
                List.of("set", "-g", "status-right", ""),
                List.of("set", "-g", "message-style", "bg=red,fg=white,bold"),
                List.of("set", "-g", "display-time", "60000"),
                List.of("split-window", "-v", "sleep 3600")),
                List.of(List.of("display-message", "hello #[fg=blue]there")));
    }

    /**
     * Runs {@code setup} on both servers, attaches a client to each in an outer terminal, runs
     * {@code attached} on both, and waits for the two screens to be the same.
     */
    private void assertDrawnAsTmux(List<List<String>> setup, List<List<String>> attached) throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            for (List<String> command : setup) twins.same(command.toArray(String[]::new));
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "s"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", COLUMNS, ROWS);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "s"), "mux-terminal",
                            COLUMNS, ROWS)) {
                Poll.until("both clients attached", () -> twins.tmux("list-clients").out().lines().count()
                        + twins.mux("list-clients").out().lines().count(), count -> count == 2);
                for (List<String> command : attached) {
                    twins.tmux(command.toArray(String[]::new)).ok();
                    twins.mux(command.toArray(String[]::new)).ok();
                }
                String[] last = new String[2];
                try {
                    Poll.until("mux's screen drawn as tmux's", () -> {
                        last[0] = withoutTime(tmuxTerminal.captureWithStyles());
                        last[1] = withoutTime(muxTerminal.captureWithStyles());
                        return last[0].equals(last[1]) && last[0].contains("\033[");
                    }, same -> same);
                } catch (AssertionError timedOut) {
                    assertEquals(last[0], last[1], "the screens of tmux and mux");
                    throw timedOut;
                }
            }
        }
    }

    /** The time tmux's default status-right shows. */
    private static String withoutTime(String screen) {
        return screen.replaceAll("\\d\\d:\\d\\d \\d\\d-\\w\\w\\w-\\d\\d", "TIME");
    }
}
