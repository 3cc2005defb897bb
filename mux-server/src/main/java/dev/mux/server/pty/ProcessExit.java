package dev.mux.server.pty;

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
 * selects it as it does the pane's pty; the one {@link ChildCollector} thread then collects the
 * process, and its status comes back to the loop. A waiting thread per pane cost a thread and
 * some 100 KB of resident memory.
 */
final class ProcessExit implements EventLoop.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessExit.class);

    private final long pid;
    private final EventLoop loop;
    private final Pipe.SourceChannel pidfd;
    private final IntConsumer exited;

    private ProcessExit(long pid, EventLoop loop, Pipe.SourceChannel pidfd, IntConsumer exited) {
        this.pid = pid;
        this.loop = loop;
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
     * Calls {@code exited} with the exit status of our child {@code pid}, on the loop thread, once it
     * ended and was collected. Nothing else collects our children, so even one that has ended already
     * is still there to be watched (a zombie).
     */
    static void watch(long pid, EventLoop loop, IntConsumer exited) throws IOException {
        PtyChannels.requireAccess();
        int fd;
        try {
            fd = Libc.openPidfd(pid);
        } catch (ErrnoException e) {
            throw new IOException("cannot watch pid " + pid + " for its exit: " + e.getMessage(), e);
        }
        Pipe.SourceChannel pidfd = PtyChannels.readable(fd, loop.selector().provider());
        try {
            pidfd.register(loop.selector(), SelectionKey.OP_READ, new ProcessExit(pid, loop, pidfd, exited));
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
        ChildCollector.collect(pid, loop, exited);
    }

    @Override
    public void failed(Exception cause) {
        LOG.error("the exit of pid {} could not be handled", pid, cause);
        try {
            pidfd.close();
        } catch (IOException e) {
            LOG.debug("cannot close the pidfd of pid {}: {}", pid, e.getMessage());
        }
    }
}
