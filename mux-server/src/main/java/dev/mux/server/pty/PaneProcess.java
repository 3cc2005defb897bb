package dev.mux.server.pty;

import com.pty4j.WinSize;
import com.pty4j.unix.Pty;
import dev.mux.server.loop.EventLoop;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pane's process on its own pseudo-terminal. The event loop reads and writes the terminal itself
 * ({@link PaneIo}), as tmux does: no output chunk and no key crosses a thread, and learns of the
 * process's exit there too ({@link ProcessExit}). Everything the owner hears arrives on the loop
 * thread, and every method is for the loop thread.
 */
public final class PaneProcess {
    /** What the pane learns from its process, always on the loop thread. */
    public interface Listener {
        /** {@code bytes[0, length)} is output; the array is reused once this returns. */
        void output(byte[] bytes, int length);

        /** The process exited and everything it wrote has been delivered (or the pty was hung up). */
        void ended(int exitStatus);

        /**
         * The process was killed by {@code signal} (and its output delivered): by default an end
         * with the status a shell gives it, 128 plus the signal.
         */
        default void endedBySignal(int signal) {
            ended(128 + signal);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PaneProcess.class);
    /** How long output may still trail a process exit (background jobs can keep the pty open). */
    private static final long OUTPUT_GRACE_MILLIS = 200;

    private final Pty pty;
    private final long pid;
    private final EventLoop loop;
    private final Listener listener;
    private PaneIo io;
    private boolean outputEnded;
    private boolean exited;
    private int waitStatus;
    private boolean endReported;
    private EventLoop.Timer graceTimer;

    private PaneProcess(Pty pty, long pid, EventLoop loop, Listener listener) {
        this.pty = pty;
        this.pid = pid;
        this.loop = loop;
        this.listener = listener;
    }

    /**
     * Starts the process; {@code readBuffer} is the one all panes of {@code loop} share. Fails at
     * once, with what to do, if the JVM does not let us put ptys on the loop (see {@link PtyChannels}).
     */
    public static PaneProcess start(PaneCommand command, EventLoop loop, PtyReadBuffer readBuffer, Listener listener)
            throws IOException {
        Pty pty = sizedPty(command.columns(), command.rows());
        PtyChannels channels = null;
        long pid = 0;
        boolean started = false;
        try {
            channels = PtyChannels.open(pty.getMasterFD(), loop.selector().provider());
            pid = ChildProcess.start(command, pty);
            PaneProcess pane = new PaneProcess(pty, pid, loop, listener);
            pane.io = new PaneIo(channels, loop.selector(), readBuffer, pid, listener, pane::outputEnded);
            ProcessExit.watch(pid, loop, pane::exited);
            started = true;
            return pane;
        } finally {
            if (!started) {
                abandon(channels, pty);
                if (pid > 0) ChildProcess.discard(pid);
            }
        }
    }

    /** Closes every master of a pane that could not start; that also hangs up a process that did. */
    private static void abandon(PtyChannels channels, Pty pty) {
        if (channels != null) channels.close();
        try {
            pty.close();
        } catch (IOException e) {
            LOG.warn("cannot close the pty of a pane that failed to start: {}", e.getMessage());
        }
    }

    /** Fails, with what to do about it, if this JVM or kernel does not let panes on the event loop. */
    public static void requireLoopIo() {
        PtyChannels.requireAccess();
        ProcessExit.requireSupport();
    }

    /**
     * A pty that has its size and modes ({@link Utf8Input}) before the child starts. pty4j's own
     * initial size is set after the fork, so a quick first command (stty size) could still see 0x0.
     */
    private static Pty sizedPty(int columns, int rows) throws IOException {
        Pty pty = new Pty(false);
        try {
            pty.setWindowSize(new WinSize(columns, rows), null);
        } catch (IOException e) {
            pty.close();
            throw new IOException("cannot size the pty: " + e.getMessage(), e);
        }
        Utf8Input.set(pty.getMasterFD());
        return pty;
    }

    public long pid() {
        return pid;
    }

    /** Bytes for the process's terminal input; never blocks (see {@link PaneIo#write}). */
    public void write(byte[] bytes) {
        io.write(bytes);
    }

    public void resize(int columns, int rows) {
        if (exited) return;
        try {
            pty.setWindowSize(new WinSize(columns, rows), null);
        } catch (IOException e) {
            LOG.debug("resize of pid {} failed: {}", pid(), e.getMessage());
        }
    }

    /**
     * Hangs the terminal up by closing its master side, every descriptor of it (ours and pty4j's):
     * the kernel then sends SIGHUP and SIGCONT to the session leader and the foreground process
     * group, which is what a job-control shell needs to end its jobs. (pty4j's destroy() sends
     * SIGTERM, which interactive shells ignore.) The last descriptor closes when the loop next
     * selects, right after the current task.
     */
    public void hangUp() {
        io.close();
        try {
            pty.close();
        } catch (IOException e) {
            LOG.warn("hangup of pid {} failed: {}", pid(), e.getMessage());
        }
        // Nothing more will be read, so an exit need not wait out the grace period. Posted: the end
        // is always reported from the loop, never from inside the caller (a stop in progress).
        if (!outputEnded) loop.post(this::outputEnded);
    }

    private void outputEnded() {
        outputEnded = true;
        if (exited) reportEnd();
    }

    private void exited(int status) {
        exited = true;
        waitStatus = status;
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
        int signal = ChildProcess.signal(waitStatus);
        if (signal != 0) {
            listener.endedBySignal(signal);
        } else {
            listener.ended(ChildProcess.exitCode(waitStatus));
        }
    }
}
