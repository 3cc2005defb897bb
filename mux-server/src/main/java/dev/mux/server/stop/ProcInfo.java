package dev.mux.server.stop;

/**
 * One process as {@code /proc} showed it at one moment.
 *
 * @param session    the session id: the pid of the session leader (a pane's shell)
 * @param tpgid      the foreground process group of its controlling terminal, or -1 without one
 * @param startTicks when it started, in clock ticks since boot: with the pid, names it uniquely
 * @param muxServer  the {@code MUX} variable it started with, or null (unreadable or absent)
 * @param muxPane    the {@code MUX_PANE} variable it started with, or null
 */
public record ProcInfo(long pid, long ppid, long pgrp, long session, long tpgid, ProcState state,
                       long startTicks, String muxServer, String muxPane) {

    /** Whether its group is the foreground group of its terminal. */
    public boolean isForeground() {
        return tpgid > 0 && pgrp == tpgid;
    }

    /** The same process, not a later one that reused the pid. */
    public boolean sameProcess(ProcInfo other) {
        return other != null && pid == other.pid && startTicks == other.startTicks;
    }
}
