package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * tmux 3.3a and mux set up by the same commands, each with a client attached to session {@code s}
 * in an outer terminal of the same size: what the two outer terminals show (text, colours and
 * attributes, as capture-pane -e) must come to be the same.
 */
final class SideBySide {
    private SideBySide() {}

    /**
     * Runs {@code setup} on both servers, attaches a client to each, runs {@code attached} on both,
     * and waits for the two screens, each passed through {@code normalise}, to be the same and to
     * hold {@code mustShow} (so that two screens not yet drawn to the end do not pass).
     */
    static void assertDrawnAsTmux(Path scratch, int columns, int rows, List<List<String>> setup,
                                  List<List<String>> attached, UnaryOperator<String> normalise, String mustShow)
            throws Exception {
        assertDrawnAsTmux(scratch, columns, rows, setup, attached, List.of(), normalise, mustShow);
    }

    /** As above, and then types {@code keys} (send-keys names) in both outer terminals. */
    static void assertDrawnAsTmux(Path scratch, int columns, int rows, List<List<String>> setup,
                                  List<List<String>> attached, List<String> keys, UnaryOperator<String> normalise,
                                  String mustShow) throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            for (List<String> command : setup) twins.same(command.toArray(String[]::new));
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", scratch.resolve("tmux.sock").toString(),
                    "attach", "-t", "s"));
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", columns, rows);
                    OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "s"), "mux-terminal",
                            columns, rows)) {
                Poll.until("both clients attached", () -> twins.tmux("list-clients").out().lines().count()
                        + twins.mux("list-clients").out().lines().count(), count -> count == 2);
                for (List<String> command : attached) {
                    twins.tmux(command.toArray(String[]::new)).ok();
                    twins.mux(command.toArray(String[]::new)).ok();
                }
                if (!keys.isEmpty()) {
                    tmuxTerminal.sendKeys(keys.toArray(String[]::new));
                    muxTerminal.sendKeys(keys.toArray(String[]::new));
                }
                String[] last = new String[2];
                try {
                    Poll.until("mux's screen drawn as tmux's", () -> {
                        last[0] = normalise.apply(tmuxTerminal.captureWithStyles());
                        last[1] = normalise.apply(muxTerminal.captureWithStyles());
                        return last[0].equals(last[1]) && last[0].contains("\033[") && last[0].contains(mustShow);
                    }, same -> same);
                } catch (AssertionError timedOut) {
                    assertEquals(last[0], last[1], "the screens of tmux and mux");
                    throw timedOut;
                }
            }
        }
    }
}
