package dev.mux.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One finished external command: its exit status and what it printed. */
record Run(List<String> command, int status, String out, String err) {
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /**
     * Runs {@code command} with standard input from /dev/null and the outputs in files, so that a
     * server it starts in the background cannot hold a pipe of ours open.
     */
    static Run of(List<String> command, Map<String, String> env, Path scratch) {
        try {
            Path out = Files.createTempFile(scratch, "out", ".txt");
            Path err = Files.createTempFile(scratch, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(new File("/dev/null"))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + TIMEOUT.toSeconds() + " s");
            }
            return new Run(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + command, e);
        }
    }

    /** This run, checked to have succeeded; the message names the command and its output if not. */
    Run ok() {
        if (status != 0) throw new AssertionError(this.toString());
        return this;
    }

    @Override
    public String toString() {
        return String.join(" ", command) + " -> exit " + status + "\nstdout: " + out + "\nstderr: " + err;
    }
}
