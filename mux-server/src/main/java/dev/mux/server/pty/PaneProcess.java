package dev.mux.server.pty;

import com.pty4j.PtyProcess;
import com.pty4j.WinSize;
import com.pty4j.unix.Pty;
import com.pty4j.unix.UnixPtyProcess;
import dev.mux.server.loop.EventLoop;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pane's process on its own pseudo-terminal. Its reader thread only reads bytes and hands them to
 * the loop; its writer thread only writes, so a child that stops reading its input can never block
 * the loop. Everything the owner hears arrives on the loop thread.
 */
public final class PaneProcess {
    /** What the pane learns from its process, always on the loop thread. */
    public interface Listener {
        void output(byte[] bytes);

        /** The process exited and everything it wrote has been delivered (or the pty was hung up). */
        void ended(int exitStatus);
    }

    private static final Logger LOG = LoggerFactory.getLogger(PaneProcess.class);
    /**
     * What one read asks for: the most a pty master read returns on Linux (the line discipline's
     * 4 KiB buffer). More is pure cost: pty4j allocates a fresh array of the requested size for every
     * read and JNA copies all of it to native memory and back, however few bytes arrived.
     */
    private static final int READ_CHUNK_BYTES = 4096;
    /**
     * Chunks read but not yet consumed by the loop. Bounds the memory a flooding pane can take and
     * makes the reader wait, which in turn makes the writing program wait, as a real terminal would.
     */
    private static final int CHUNKS_IN_FLIGHT = 32;
    /** Input waiting for a pane's program, at most: far more than any paste a program keeps up with. */
    static final long MAX_QUEUED_INPUT_BYTES = 8L << 20;
    /** How long output may still trail a process exit (background jobs can keep the pty open). */
    private static final long OUTPUT_GRACE_MILLIS = 200;

    private final PtyProcess process;
    private final EventLoop loop;
    private final Listener listener;
    private final Semaphore inFlight = new Semaphore(CHUNKS_IN_FLIGHT);
    private final LinkedBlockingQueue<byte[]> input = new LinkedBlockingQueue<>();
    private final AtomicLong queuedInput = new AtomicLong();
    private boolean outputEnded;
    private boolean exited;
    private int exitStatus;
    private boolean endReported;
    private EventLoop.Timer graceTimer;
    private Thread writer;

    private PaneProcess(PtyProcess process, EventLoop loop, Listener listener) {
        this.process = process;
        this.loop = loop;
        this.listener = listener;
    }

    public static PaneProcess start(PaneCommand command, EventLoop loop, Listener listener) throws IOException {
        PtyProcess process = new UnixPtyProcess(command.argv().toArray(String[]::new), environment(command),
                command.directory(), sizedPty(command.columns(), command.rows()), null, false);
        PaneProcess pane = new PaneProcess(process, loop, listener);
        pane.startThreads();
        return pane;
    }

    /**
     * A pty that has its size before the child starts. pty4j's own initial size is set after the
     * fork, so a quick first command (stty size) could still see 0x0.
     */
    private static Pty sizedPty(int columns, int rows) throws IOException {
        Pty pty = new Pty(false);
        try {
            pty.setWindowSize(new WinSize(columns, rows), null);
        } catch (IOException e) {
            pty.close();
            throw new IOException("cannot size the pty: " + e.getMessage(), e);
        }
        return pty;
    }

    private static String[] environment(PaneCommand command) {
        return command.environment().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Queues bytes for the process's terminal input; never blocks. A program that stops reading
     * while a client pastes into it could otherwise grow the queue without end: past
     * {@link #MAX_QUEUED_INPUT_BYTES} input is dropped, as a full terminal line buffer drops it.
     */
    public void write(byte[] bytes) {
        if (bytes.length == 0) return;
        if (queuedInput.addAndGet(bytes.length) > MAX_QUEUED_INPUT_BYTES) {
            queuedInput.addAndGet(-bytes.length);
            LOG.warn("pid {} is not reading its input: {} bytes dropped", pid(), bytes.length);
            return;
        }
        input.add(bytes);
    }

    public void resize(int columns, int rows) {
        if (!process.isRunning()) return;
        try {
            process.setWinSize(new WinSize(columns, rows));
        } catch (RuntimeException e) {
            LOG.debug("resize of pid {} failed: {}", pid(), e.getMessage());
        }
    }

    /**
     * Hangs the terminal up by closing its master side: the kernel then sends SIGHUP and SIGCONT to
     * the session leader and the foreground process group, which is what a job-control shell needs
     * to end its jobs. (pty4j's destroy() sends SIGTERM, which interactive shells ignore.)
     */
    public void hangUp() {
        try {
            if (process instanceof UnixPtyProcess unix) unix.getPty().close();
        } catch (IOException e) {
            LOG.warn("hangup of pid {} failed: {}", pid(), e.getMessage());
        }
    }

    private void startThreads() {
        Thread reader = new Thread(this::readLoop, "pty-read-" + pid());
        reader.setDaemon(true);
        reader.start();
        writer = new Thread(this::writeLoop, "pty-write-" + pid());
        writer.setDaemon(true);
        writer.start();
        // Not Process.onExit(): on two cores it waits in a new non-daemon thread per process,
        // which could keep a finished server's JVM alive.
        Thread waiter = new Thread(this::waitLoop, "pty-wait-" + pid());
        waiter.setDaemon(true);
        waiter.start();
    }

    private void waitLoop() {
        try {
            int status = process.waitFor();
            loop.post(() -> exited(status));
        } catch (InterruptedException e) {
            LOG.debug("wait for pid {} interrupted", pid());
        }
    }

    private void readLoop() {
        InputStream in = process.getInputStream();
        // One buffer for all reads; each chunk is copied out at its size.
        byte[] buffer = new byte[READ_CHUNK_BYTES];
        try {
            while (true) {
                inFlight.acquire();
                int n = in.read(buffer);
                if (n < 0) break;
                byte[] chunk = Arrays.copyOf(buffer, n);
                loop.post(() -> {
                    inFlight.release();
                    if (!endReported) listener.output(chunk);
                });
            }
        } catch (IOException | InterruptedException e) {
            LOG.debug("pty read of pid {} ended: {}", pid(), e.getMessage());
        }
        loop.post(this::outputEnded);
    }

    private void writeLoop() {
        OutputStream out = process.getOutputStream();
        try {
            while (true) {
                byte[] bytes = input.take();
                out.write(bytes);
                out.flush();
                queuedInput.addAndGet(-bytes.length);
            }
        } catch (IOException | InterruptedException e) {
            LOG.debug("pty write of pid {} ended: {}", pid(), e.getMessage());
        }
    }

    private void outputEnded() {
        outputEnded = true;
        if (exited) reportEnd();
    }

    private void exited(int status) {
        exited = true;
        exitStatus = status;
        if (outputEnded) {
            reportEnd();
        } else {
            graceTimer = loop.schedule(OUTPUT_GRACE_MILLIS, this::reportEnd);
        }
    }

    private void reportEnd() {
        if (endReported) return;
        endReported = true;
        if (graceTimer != null) graceTimer.cancel();
        hangUp();
        writer.interrupt();
        listener.ended(exitStatus);
    }
}
