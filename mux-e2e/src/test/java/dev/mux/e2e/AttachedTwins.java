package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * tmux 3.3a and mux, each with session {@code s} made by the same commands and a client attached to
 * it in an outer terminal of the same size, for tests that act as a user does (keys, the mouse)
 * on both and compare what follows: the state either server reports, or the two screens.
 */
final class AttachedTwins implements AutoCloseable {
    final TwinServers twins;
    final OuterTmux tmuxTerminal;
    final OuterTmux muxTerminal;

    private AttachedTwins(TwinServers twins, OuterTmux tmuxTerminal, OuterTmux muxTerminal) {
        this.twins = twins;
        this.tmuxTerminal = tmuxTerminal;
        this.muxTerminal = muxTerminal;
    }

    /** Runs {@code setup} on both servers (it must make session {@code s}) and attaches a client to each. */
    static AttachedTwins start(MuxHarness mux, int columns, int rows, List<List<String>> setup) throws Exception {
        TwinServers twins = new TwinServers(mux);
        for (List<String> command : setup) twins.same(command.toArray(String[]::new));
        String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "tmux", "-S", mux.scratch().resolve("tmux.sock").toString(),
                "attach", "-t", "s"));
        OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-terminal", columns, rows);
        OuterTmux muxTerminal = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "s"), "mux-terminal", columns, rows);
        Poll.until("both clients attached", () -> twins.tmux("list-clients").out().lines().count()
                + twins.mux("list-clients").out().lines().count(), count -> count == 2);
        return new AttachedTwins(twins, tmuxTerminal, muxTerminal);
    }

    /** Runs the command on both servers, holding mux to tmux's output and status. */
    void same(String... command) {
        twins.same(command);
    }

    /** Types {@code keys} (send-keys arguments) in both outer terminals. */
    void sendKeys(String... keys) {
        tmuxTerminal.sendKeys(keys);
        muxTerminal.sendKeys(keys);
    }

    /** Sends the same bytes from both terminals, as a terminal reports the mouse. */
    void sendBytes(String bytes) {
        sendKeys("-l", bytes);
    }

    /** Waits until the command prints {@code expected} on tmux, and then on mux. */
    void both(String expected, String... command) {
        String what = String.join(" ", command);
        Poll.until("tmux: " + what, () -> twins.tmux(command).out().strip(), expected::equals);
        Poll.until("mux: " + what, () -> twins.mux(command).out().strip(), expected::equals);
    }

    /** Waits until the command prints something other than {@code before} on tmux, and then the same on mux. */
    void bothChange(String before, String... command) {
        String what = String.join(" ", command);
        String expected = Poll.until("tmux: " + what, () -> twins.tmux(command).out().strip(), out -> !out.equals(before));
        Poll.until("mux: " + what + " to be " + expected, () -> twins.mux(command).out().strip(), expected::equals);
    }

    /** Waits for the two outer screens (text and styles, through {@code normalise}) to be the same and show {@code mustShow}. */
    void sameScreens(UnaryOperator<String> normalise, String mustShow) {
        String[] last = new String[2];
        try {
            Poll.until("mux's screen drawn as tmux's", () -> {
                last[0] = normalise.apply(tmuxTerminal.captureWithStyles());
                last[1] = normalise.apply(muxTerminal.captureWithStyles());
                return last[0].equals(last[1]) && last[0].contains(mustShow);
            }, same -> same);
        } catch (AssertionError timedOut) {
            assertEquals(last[0], last[1], "the screens of tmux and mux");
            throw timedOut;
        }
    }

    @Override
    public void close() {
        try {
            muxTerminal.close();
            tmuxTerminal.close();
        } finally {
            twins.close();
        }
    }
}
