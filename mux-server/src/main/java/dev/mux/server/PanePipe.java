package dev.mux.server;

import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Pane;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pipe-pane's process: {@code sh -c command}, given a copy of the pane's output on its standard
 * input (-O) and/or typing its standard output into the pane (-I). Its reads and writes are on
 * threads of its own, so a reader that is slow or stopped costs the loop nothing: output it has
 * not taken is queued up to {@link #MAX_QUEUED_BYTES}, past which it is dropped (the pane itself
 * loses nothing). When the process ends, or the pane does, the pipe closes.
 */
final class PanePipe implements Pane.OutputTap {
    private static final Logger LOG = LoggerFactory.getLogger(PanePipe.class);
    /** Pane output queued for a pipe that does not read. */
    static final long MAX_QUEUED_BYTES = 8L << 20;
    private static final byte[] END = new byte[0];
    private static final File NULL = new File("/dev/null");

    private final Pane pane;
    private final EventLoop loop;
    private final Process process;
    private final boolean input;
    private final LinkedBlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
    private final AtomicLong queued = new AtomicLong();
    private boolean dropping;
    /** Closed by pipe-pane (or the pane's end): what the command still prints is not typed. Loop only. */
    private boolean stopped;

    private PanePipe(Pane pane, EventLoop loop, Process process, boolean input) {
        this.pane = pane;
        this.loop = loop;
        this.process = process;
        this.input = input;
    }

    /** Starts the command for {@code pane} and makes it the pane's pipe. */
    static void open(Pane pane, EventLoop loop, String command, boolean output, boolean input) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        if (!output) builder.redirectInput(NULL);
        if (!input) builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        PanePipe pipe = new PanePipe(pane, loop, builder.start(), input);
        pane.setTap(pipe);
        if (output) {
            thread(pipe::writeOut, "pipe-pane-out");
        } else {
            pipe.process.getOutputStream().close();
        }
        if (input) thread(pipe::readIn, "pipe-pane-in");
        pipe.process.onExit().thenRun(() -> loop.post(pipe::detach));
    }

    /** Closes the pane's pipe, if it has one: its command sees the end of its input. */
    static void close(Pane pane) {
        if (pane.tap() instanceof PanePipe pipe) pipe.close();
    }

    @Override
    public void copy(byte[] bytes, int length) {
        if (queued.get() + length > MAX_QUEUED_BYTES) {
            if (!dropping) LOG.warn("pipe-pane of %{} does not read its input: output dropped", pane.id());
            dropping = true;
            return;
        }
        dropping = false;
        queued.addAndGet(length);
        queue.add(Arrays.copyOf(bytes, length));
    }

    /**
     * No more output comes: the command sees the end of its input. One that types into the pane
     * is ended, as tmux's closing of its socket makes its next write fail.
     */
    @Override
    public void ended() {
        queue.add(END);
        if (input) process.destroy();
    }

    private void close() {
        stopped = true;
        detach();
    }

    /**
     * The pane no longer copies its output here. Output the command printed before it ended may
     * still be on its way from the reader thread, and is typed when it comes: an exit seen first
     * must not lose it.
     */
    private void detach() {
        if (pane.tap() == this) pane.setTap(null);
        ended();
    }

    private void writeOut() {
        try (OutputStream in = process.getOutputStream()) {
            for (byte[] bytes = queue.take(); bytes != END; bytes = queue.take()) {
                queued.addAndGet(-bytes.length);
                in.write(bytes);
                in.flush();
            }
        } catch (IOException | InterruptedException e) {
            // The command stopped reading: the pipe closes.
        }
        loop.post(this::detach);
    }

    private void readIn() {
        byte[] buffer = new byte[4096];
        try (InputStream out = process.getInputStream()) {
            for (int n = out.read(buffer); n >= 0; n = out.read(buffer)) {
                byte[] bytes = Arrays.copyOf(buffer, n);
                loop.post(() -> {
                    if (!stopped && !pane.isEnded()) pane.write(bytes);
                });
            }
        } catch (IOException e) {
            // The command's output ended.
        }
    }

    private static void thread(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
