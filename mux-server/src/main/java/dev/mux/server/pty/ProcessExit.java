package dev.mux.server.pty;

import com.pty4j.unix.UnixPtyProcess;
import dev.mux.platform.libc.ErrnoException;
import dev.mux.platform.libc.Libc;
import dev.mux.server.loop.EventLoop;
import java.io.IOException;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the event loop that a pane's process ended, with no thread of its own: a pidfd
 * ({@link Libc#openPidfd}, Linux 5.3) becomes readable once its process has ended, and the loop
 * selects it as it does the pane's pty. A waiting thread per pane cost some 100 KB of resident memory each.
 *
 * <p>pty4j's reaper thread still collects the process (waitpid) and keeps its exit status. The
 * exit that makes the pidfd readable wakes that thread too, so asking it for the status then
 * costs the loop no more than the moment the thread needs to store it.
 */
final class ProcessExit implements EventLoop.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessExit.class);

    private final UnixPtyProcess process;
    private final Pipe.SourceChannel pidfd;
    private final IntConsumer exited;

    private ProcessExit(UnixPtyProcess process, Pipe.SourceChannel pidfd, IntConsumer exited) {
        this.process = process;
        this.pidfd = pidfd;
        this.exited = exited;
    }

    /** Fails, saying what mux needs, if this kernel cannot give the server a pidfd. */
    static void requireSupport() {
        try {
            Libc.close(Libc.openPidfd(ProcessHandle.current().pid()));
        } catch (ErrnoException e) {
            throw new IllegalStateException("mux needs Linux 5.3 or newer: pidfd_open failed: " + e.getMessage(), e);
        }
    }

    /**
     * Calls {@code exited} with the exit status of {@code process}, on the loop thread, once it
     * ended; at once (in a later task) if it has already ended.
     */
    static void watch(UnixPtyProcess process, EventLoop loop, IntConsumer exited) throws IOException {
        PtyChannels.requireAccess();
        int fd;
        try {
            fd = Libc.openPidfd(process.pid());
        } catch (ErrnoException e) {
            if (e.errno() != Libc.ESRCH) {
                throw new IOException("cannot watch pid " + process.pid() + " for its exit: " + e.getMessage(), e);
            }
            // Already ended and collected: pty4j has the status, or is storing it.
            loop.post(() -> exited.accept(status(process)));
            return;
        }
        Pipe.SourceChannel pidfd = PtyChannels.readable(fd, loop.selector().provider());
        try {
            pidfd.register(loop.selector(), SelectionKey.OP_READ, new ProcessExit(process, pidfd, exited));
        } catch (IOException | RuntimeException e) {
            pidfd.close();
            throw e;
        }
    }

    @Override
    public void ready(SelectionKey key) throws IOException {
        // Readable only once the process has ended: it is read once, and never again.
        key.cancel();
        pidfd.close();
        exited.accept(status(process));
    }

    @Override
    public void failed(Exception cause) {
        LOG.error("the exit of pid {} could not be handled", process.pid(), cause);
        try {
            pidfd.close();
        } catch (IOException e) {
            LOG.debug("cannot close the pidfd of pid {}: {}", process.pid(), e.getMessage());
        }
    }

    private static int status(UnixPtyProcess process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pid " + process.pid() + "'s exit status was stored", e);
        }
    }
}
