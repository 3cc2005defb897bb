package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * A client of each of the twin servers attached to the same session, each in an outer terminal of
 * the same size: keys are typed into both, and what the two terminals show, together with the
 * servers' state, must come to be the same.
 */
final class TwinTerminals implements AutoCloseable {
    /** How long a key may take to change what tmux shows before it is taken to change nothing. */
    private static final Duration NO_CHANGE = Duration.ofSeconds(2);

    /** The servers' state that a key may change and the screen may not show: one command list. */
    private static final List<String> STATE = List.of(
            "list-windows", "-a", "-F",
            "#{session_name}:#{window_index} #{window_name} #{window_active}#{window_flags} #{window_layout}", ";",
            "list-panes", "-a", "-F",
            "#{session_name}:#{window_index}.#{pane_index} #{pane_id} #{pane_active} #{pane_marked} "
                    + "#{pane_in_mode} #{pane_mode} #{pane_width}x#{pane_height}", ";",
            "list-buffers", "-F", "#{buffer_name} #{buffer_sample}", ";",
            "list-clients", "-F", "#{client_session} #{client_key_table}");

    private final TwinServers twins;
    private final OuterTmux tmuxTerminal;
    private final OuterTmux muxTerminal;

    private TwinTerminals(TwinServers twins, OuterTmux tmuxTerminal, OuterTmux muxTerminal) {
        this.twins = twins;
        this.tmuxTerminal = tmuxTerminal;
        this.muxTerminal = muxTerminal;
    }

    /** Attaches a client of each server to {@code session}, in terminals of {@code columns} by {@code rows}. */
    static TwinTerminals attach(MuxHarness mux, TwinServers twins, String session, int columns, int rows)
            throws IOException {
        String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S",
                mux.scratch().resolve("tmux.sock").toString(), "attach", "-t", session));
        OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", columns, rows);
        OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", session), "mux-terminal",
                columns, rows);
        Poll.until("both clients attached", () -> twins.tmux("list-clients").out().lines().count()
                + twins.mux("list-clients").out().lines().count(), count -> count == 2);
        return new TwinTerminals(twins, tmuxTerminal, muxTerminal);
    }

    /**
     * Types {@code keys} (send-keys names; {@code -l} before literal text) into both terminals,
     * waits until tmux shows their effect (or a moment, for a key that changes nothing), and then
     * until mux's terminal and state are tmux's.
     */
    void typeAndCompare(String what, String... keys) {
        String before = snapshot(tmuxTerminal, twins::tmux);
        tmuxTerminal.sendKeys(keys);
        muxTerminal.sendKeys(keys);
        try {
            Poll.until("tmux to take " + what, NO_CHANGE, () -> snapshot(tmuxTerminal, twins::tmux),
                    after -> !after.equals(before));
        } catch (AssertionError unchanged) {
            // A key that changes nothing tmux shows: mux must then show the same as before.
        }
        awaitSame("after " + what);
    }

    /** Waits until mux's terminal and state are tmux's; fails with the two, {@code when} saying when. */
    void awaitSame(String when) {
        String[] last = new String[2];
        try {
            Poll.until("mux to show what tmux shows " + when, () -> {
                last[0] = snapshot(tmuxTerminal, twins::tmux);
                last[1] = snapshot(muxTerminal, twins::mux);
                return last[0].equals(last[1]);
            }, same -> same);
        } catch (AssertionError timedOut) {
            assertEquals(last[0], last[1], "tmux's and mux's terminals and state " + when);
            throw timedOut;
        }
    }

    /** The terminal's screen in one form ({@link StyledScreen}), and the server's state. */
    private static String snapshot(OuterTmux terminal, Function<String[], Run> server) {
        return StyledScreen.canonical(terminal.captureWithStyles()) + "--\n" + server.apply(STATE.toArray(String[]::new)).out();
    }

    @Override
    public void close() {
        tmuxTerminal.close();
        muxTerminal.close();
    }
}
