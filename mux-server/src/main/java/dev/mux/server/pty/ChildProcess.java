package dev.mux.server.pty;

import com.pty4j.unix.Pty;
import com.pty4j.unix.PtyHelpers;
import dev.mux.platform.libc.ErrnoException;
import dev.mux.platform.libc.Libc;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * Starts a pane's process on a pty and collects it when it ends, with no thread: pty4j's own
 * process class starts a reaper thread per process, which blocks in waitpid until the process
 * ends (a thread and its stack per pane). This calls pty4j's native fork-and-exec (the child gets
 * a new session with the pty as its controlling terminal and its signals reset) from the caller's
 * thread; {@link ProcessExit} tells the loop when the child ended, and {@link ChildCollector} then
 * takes its status with {@link #collect}.
 */
final class ChildProcess {
    private static final int SIGKILL = 9;

    private ChildProcess() {}

    /** Forks and execs {@code argv} on {@code pty}'s terminal side; the child's pid. */
    static long start(PaneCommand command, Pty pty) throws IOException {
        String[] argv = command.argv().toArray(String[]::new);
        String[] environment = command.environment().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        // No separate pty for standard error, and not "console mode" (which would keep our session).
        int pid = PtyHelpers.execPty(argv[0], argv, environment, command.directory(), pty.getSlaveName(),
                pty.getMasterFD(), null, -1, false);
        if (pid <= 0) throw new IOException("cannot start " + argv[0] + ": not found, or fork failed");
        return pid;
    }

    /**
     * Collects a child that has ended (its pidfd was readable): its wait status, read with
     * {@link #exitCode} and {@link #signal}.
     */
    static int collect(long pid) throws ErrnoException {
        OptionalInt status = Libc.waitForChild(pid, false);
        if (status.isEmpty()) throw new IllegalStateException("pid " + pid + " is readable by its pidfd yet has not ended");
        return status.getAsInt();
    }

    /**
     * Ends and collects a child whose pane could not be set up, so that it leaves no zombie. It was
     * started a moment ago and holds no stop up: SIGKILL, then a wait that is over at once.
     */
    static void discard(long pid) {
        Libc.signalProcess(pid, SIGKILL);
        try {
            Libc.waitForChild(pid, true);
        } catch (ErrnoException e) {
            // ECHILD: already collected; there is nothing else it could be.
        }
    }

    /** A wait status as the shell reports it: WEXITSTATUS, or 128 + WTERMSIG. */
    static int exitCode(int waitStatus) {
        int signal = waitStatus & 0x7f;
        return signal == 0 ? (waitStatus >> 8) & 0xff : 128 + signal;
    }

    /** The signal that ended the child of this wait status (WTERMSIG), or 0 if it exited. */
    static int signal(int waitStatus) {
        return waitStatus & 0x7f;
    }
}
