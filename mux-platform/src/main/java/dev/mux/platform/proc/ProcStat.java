package dev.mux.platform.proc;

import java.util.Optional;

/**
 * The fields of {@code /proc/PID/stat} that mux uses (proc(5) numbers them from 1: the pid, the
 * command name in parentheses, then the state letter as field 3).
 *
 * @param state      the state letter: R, S, D, T, t, Z, X, I...
 * @param session    the session id: the pid of the session leader
 * @param tpgid      the foreground process group of its controlling terminal, or -1 without one
 * @param startTicks when it started, in clock ticks since boot: with the pid, names it uniquely
 */
public record ProcStat(long pid, char state, long ppid, long pgrp, long session, long tpgid, long startTicks) {
    /** Fields counted from the state (field 3): ppid is field 4, start time field 22. */
    private static final int STATE = 0;
    private static final int PPID = 1;
    private static final int PGRP = 2;
    private static final int SESSION = 3;
    private static final int TPGID = 5;
    private static final int START_TIME = 19;

    /** The content of {@code /proc/PID/stat}, or empty if it is not what the kernel writes there. */
    static Optional<ProcStat> parse(long pid, String stat) {
        // The command name is in parentheses and may itself contain ") ": the last one ends it.
        int close = stat.lastIndexOf(')');
        if (close < 0 || close + 2 >= stat.length()) return Optional.empty();
        String[] fields = stat.substring(close + 2).split(" ");
        if (fields.length <= START_TIME || fields[STATE].isEmpty()) return Optional.empty();
        try {
            return Optional.of(new ProcStat(pid, fields[STATE].charAt(0), Long.parseLong(fields[PPID]),
                    Long.parseLong(fields[PGRP]), Long.parseLong(fields[SESSION]), Long.parseLong(fields[TPGID]),
                    Long.parseLong(fields[START_TIME].strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
