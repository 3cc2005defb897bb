package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A tmux 3.3a server and a mux server side by side, for differential tests: the same command runs
 * against both, and what tmux prints, its error lines and its exit status are what mux must give.
 * The tmux server reads no configuration ({@code -f /dev/null}) and has its socket in the test's
 * directory; both see the harness's environment and run from its directory.
 */
final class TwinServers implements AutoCloseable {
    private final MuxHarness mux;
    private final List<String> tmuxPrefix;

    TwinServers(MuxHarness mux) {
        this.mux = mux;
        this.tmuxPrefix = List.of("tmux", "-S", mux.scratch().resolve("tmux.sock").toString(), "-f", "/dev/null");
    }

    Run tmux(String... args) {
        List<String> command = new ArrayList<>(tmuxPrefix);
        command.addAll(List.of(args));
        return mux.run(command);
    }

    Run mux(String... args) {
        return mux.mux(args);
    }

    /** Runs the command on both and holds mux to tmux's stdout, stderr and exit status; returns mux's run. */
    Run same(String... args) {
        return same(UnaryOperator.identity(), args);
    }

    /** As {@link #same(String...)}, comparing what {@code normal} leaves of each output (a path, a time). */
    Run same(UnaryOperator<String> normal, String... args) {
        Run expected = tmux(args);
        Run actual = mux(args);
        String what = String.join(" ", args);
        assertEquals(normal.apply(expected.out()), normal.apply(actual.out()), "stdout of " + what);
        assertEquals(normal.apply(expected.err()), normal.apply(actual.err()), "stderr of " + what);
        assertEquals(expected.status(), actual.status(), "exit status of " + what);
        return actual;
    }

    /** Waits until the command's output on both servers satisfies {@code done}, then compares them. */
    Run sameOnce(Predicate<String> done, String... args) {
        Poll.until("tmux: " + String.join(" ", args), () -> tmux(args).out(), done);
        Poll.until("mux: " + String.join(" ", args), () -> mux(args).out(), done);
        return same(args);
    }

    @Override
    public void close() {
        tmux("kill-server");
    }
}
