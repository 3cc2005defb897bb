package dev.mux.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A control-mode client (tmux's or mux's) driven through its standard input, its standard output
 * collected line by line on a thread of its own, so that a test can send a command and wait for
 * its block, for a notification, or for the client's end. Reading can be held back to play a
 * client that stops reading.
 */
final class ControlStream implements AutoCloseable {
    private static final Pattern GUARD = Pattern.compile("^(?:\033P1000p)?%(begin|end|error) (\\d+) (\\d+) (\\d+)\r?$");

    private final Process process;
    private final Thread reader;
    private final OutputStream stdin;
    private final List<String> lines = new ArrayList<>();
    private final Object reading = new Object();
    private boolean held;
    private int blocksEnded;

    private ControlStream(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        reader = new Thread(this::read, "control-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static ControlStream start(List<String> command, Map<String, String> env, java.nio.file.Path directory)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(env);
        return new ControlStream(builder.start());
    }

    private void read() {
        InputStream out = process.getInputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while (true) {
                synchronized (reading) {
                    while (held) reading.wait();
                }
                if ((b = out.read()) < 0) break;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                synchronized (lines) {
                    lines.add(text);
                    Matcher guard = GUARD.matcher(text);
                    if (guard.matches() && !guard.group(1).equals("begin")) blocksEnded++;
                }
            }
            if (line.size() > 0) {
                // What follows the last newline (the end of -CC's DCS sequence) is a line of its own.
                synchronized (lines) {
                    lines.add(line.toString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | InterruptedException e) {
            // The client ended or the test is over; what was read stays.
        }
    }

    /** Sends one line (a command, or an empty line to detach). */
    void send(String line) {
        try {
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw new AssertionError("the control client no longer reads: " + e.getMessage(), e);
        }
    }

    /** Sends a command and waits until the block it opens has ended. */
    void command(String line) {
        int before = blocksEnded();
        send(line);
        awaitBlocks(before + 1);
    }

    void awaitBlocks(int count) {
        Poll.until(count + " blocks ended", this::lines, seen -> blocksEnded() >= count);
    }

    int blocksEnded() {
        synchronized (lines) {
            return blocksEnded;
        }
    }

    /** Waits for a line that {@code done} accepts; returns all lines so far. */
    List<String> await(String what, Predicate<String> done) {
        return Poll.until(what, this::lines, seen -> seen.stream().anyMatch(done));
    }

    List<String> lines() {
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    /** Stops taking the client's output: its pipe fills and it stops reading its socket. */
    void holdReading() {
        synchronized (reading) {
            held = true;
        }
    }

    void resumeReading() {
        synchronized (reading) {
            held = false;
            reading.notifyAll();
        }
    }

    /** Closes the client's standard input and waits for it to exit; returns its status. */
    int endInput(Duration timeout) throws IOException, InterruptedException {
        stdin.close();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) throw new AssertionError("control client did not exit");
        return process.exitValue();
    }

    boolean waitForExit(Duration timeout) throws InterruptedException {
        boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        boolean reading;
        synchronized (this.reading) {
            reading = !held;
        }
        // The process's end can be seen before the reader has taken its last bytes (-CC's closing
        // sequence has no newline after it): the stream is whole only at the reader's end of file.
        if (exited && reading) reader.join(timeout.toMillis());
        return exited;
    }

    @Override
    public void close() {
        resumeReading();
        process.destroyForcibly();
    }
}
