package dev.mux.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Finding and ending the processes a test started, by pid, through /proc. */
final class Processes {
    private Processes() {}

    /** Live processes whose command line contains {@code fragment} (a path unique to one test). */
    static List<ProcessHandle> withArgument(String fragment) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(fragment)).orElse(false))
                .filter(p -> !isGone(p.pid()))
                .collect(Collectors.toList());
    }

    /**
     * True once the process no longer runs. A zombie counts as gone: in some containers PID 1
     * never reaps orphans, so an ended server can stay visible in state Z.
     */
    static boolean isGone(long pid) {
        char state = state(pid);
        return state == 'Z' || state == 'X';
    }

    /** Stopped by a signal (SIGTSTP, SIGSTOP...), as C-z leaves a job. */
    static boolean isStopped(long pid) {
        return state(pid) == 'T';
    }

    /** The state letter of /proc/PID/stat; X (dead) when the process is gone. */
    private static char state(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The state follows the command name, which is in parentheses and may contain spaces.
            return stat.charAt(stat.lastIndexOf(')') + 2);
        } catch (NoSuchFileException e) {
            return 'X';
        } catch (IOException e) {
            throw new AssertionError("cannot read the state of process " + pid, e);
        }
    }

    static void killHard(ProcessHandle process) {
        process.destroyForcibly();
        Poll.until("process " + process.pid() + " to end", () -> isGone(process.pid()), gone -> gone);
    }
}
