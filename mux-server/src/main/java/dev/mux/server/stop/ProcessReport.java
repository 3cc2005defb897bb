package dev.mux.server.stop;

import java.util.List;

/**
 * What one process of a pane went through during a stop.
 *
 * @param foundAfterMillis when the stop first saw it (0: at the start; later: it was forked meanwhile)
 * @param waitedFor        whether the stop waited for it (kill-mode process and none wait for the shell at most)
 * @param received         the signals it got, in order, each followed by {@code (hangup)} when the
 *                         kernel delivered it by the terminal hanging up
 * @param endedAfterMillis when it was seen gone, or -1 if it outlived the stop
 * @param heldUpIn         its state when the timeout struck, or null if it ended before
 */
public record ProcessReport(long pid, long pgrp, String command, ProcState initialState, boolean foreground,
                            long foundAfterMillis, boolean waitedFor, List<String> received,
                            long endedAfterMillis, ProcState heldUpIn) {
    public ProcessReport {
        received = List.copyOf(received);
    }

    public boolean ended() {
        return endedAfterMillis >= 0;
    }

    /** One line for people: pid, state at the start, signals, outcome, then the command (it may be long). */
    public String describe() {
        String signals = received.isEmpty() ? "no signal" : String.join(", ", received);
        String outcome = ended() ? "ended after " + Durations.seconds(endedAfterMillis)
                : waitedFor ? "STILL RUNNING" : "left running";
        String heldUp = heldUpIn == null ? "" : " (held the stop up, " + heldUpIn.label() + ")";
        return String.format("%7d %-8s %s; %s%s: %s", pid, initialState.label(), signals, outcome, heldUp, command);
    }
}
