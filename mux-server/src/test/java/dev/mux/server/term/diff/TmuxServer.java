package dev.mux.server.term.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A private tmux server (its own {@code -L} socket, no config file) that tests drive by command. */
final class TmuxServer implements AutoCloseable {
    private static final long COMMAND_TIMEOUT_SECONDS = 20;

    private final String socket;

    TmuxServer(String socket) {
        this.socket = socket;
    }

    /** Runs one tmux command and returns what it printed; a failure is an exception with tmux's message. */
    String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.remove("TMUX");
        environment.put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("tmux " + String.join(" ", arguments) + ": timed out");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", arguments) + ": " + text.strip());
        }
        return text;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run("kill-server");
        } catch (IOException alreadyGone) {
            // No server was started, or it already exited: nothing to clean up.
        }
    }
}
