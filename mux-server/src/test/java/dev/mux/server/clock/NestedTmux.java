package dev.mux.server.clock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * tmux 3.3a drawing a pane in a mode, as seen by a user: an inner tmux server holds the pane, and
 * a client of it runs in a pane of an outer tmux, whose {@code capture-pane -e} shows what the
 * client drew ({@code capture-pane} of the inner pane would show the program's screen, not the mode).
 */
final class NestedTmux implements AutoCloseable {
    private static final long COMMAND_TIMEOUT_SECONDS = 20;
    /** Each pair of servers gets sockets of its own: a killed server may still hold its socket for a moment. */
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final String inner;
    private final String outer;
    private final Map<String, String> innerEnvironment;

    /** Sockets named after {@code name}; the inner server runs with {@code innerEnvironment} added (its TZ, say). */
    NestedTmux(String name, Map<String, String> innerEnvironment) {
        String unique = ProcessHandle.current().pid() + "-" + SERIAL.incrementAndGet();
        this.inner = name + "-inner-" + unique;
        this.outer = name + "-outer-" + unique;
        this.innerEnvironment = innerEnvironment;
    }

    /** Starts the inner server with one pane of the given size, the status line off. */
    void startInner(int columns, int rows) throws IOException, InterruptedException {
        run(inner, innerEnvironment, "new-session", "-d", "-s", "inner", "-x", String.valueOf(columns),
                "-y", String.valueOf(rows), "exec sleep 600", ";", "set-option", "-g", "status", "off");
    }

    /** Runs a command on the inner server. */
    String inner(String... arguments) throws IOException, InterruptedException {
        return run(inner, innerEnvironment, arguments);
    }

    /**
     * Attaches a client of the inner server in an outer pane of the same size, whose terminal type
     * has 256 colours (with "screen", the default, the client would draw only eight).
     */
    void attach(int columns, int rows) throws IOException, InterruptedException {
        run(outer, Map.of(), "start-server", ";", "set-option", "-g", "default-terminal", "tmux-256color", ";",
                "set-option", "-g", "status", "off", ";",
                "new-session", "-d", "-s", "outer", "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                "env -u TMUX tmux -L " + inner + " attach -t inner");
    }

    /** What the outer pane shows, with its SGR sequences and trailing blanks (they may be coloured). */
    String capture() throws IOException, InterruptedException {
        return run(outer, Map.of(), "capture-pane", "-p", "-e", "-N", "-t", "outer");
    }

    private static String run(String socket, Map<String, String> extra, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("TMUX");
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().putAll(extra);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("tmux " + String.join(" ", arguments) + ": timed out");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) throw new IOException("tmux " + String.join(" ", arguments) + ": " + text.strip());
        return text;
    }

    @Override
    public void close() {
        for (String socket : List.of(outer, inner)) {
            try {
                run(socket, Map.of(), "kill-server");
            } catch (IOException alreadyGone) {
                // Never started, or already gone: nothing to clean up.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
