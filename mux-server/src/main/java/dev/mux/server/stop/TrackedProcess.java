package dev.mux.server.stop;

import dev.mux.platform.libc.Libc;
import java.util.ArrayList;
import java.util.List;

/** One process during a pane's stop: what it was, what it got, when it went. Loop thread only. */
final class TrackedProcess {
    private final ProcInfo info;
    private final String command;
    private final long foundAfterMillis;
    private final boolean waitedFor;
    private final List<String> received = new ArrayList<>();
    private ProcState state;
    private long endedAfterMillis = -1;
    private ProcState heldUpIn;

    TrackedProcess(ProcInfo info, String command, long foundAfterMillis, boolean waitedFor) {
        this.info = info;
        this.command = command;
        this.foundAfterMillis = foundAfterMillis;
        this.waitedFor = waitedFor;
        this.state = info.state();
    }

    ProcInfo info() {
        return info;
    }

    boolean isWaitedFor() {
        return waitedFor;
    }

    boolean isAlive() {
        return endedAfterMillis < 0;
    }

    ProcState state() {
        return state;
    }

    boolean got(UnixSignal signal) {
        return received.stream().anyMatch(r -> r.equals(signal.name()) || r.startsWith(signal.name() + " "));
    }

    /** Sends {@code signal} and notes it; a process that is already gone gets nothing. */
    void send(UnixSignal signal) {
        if (isAlive() && Libc.signalProcess(info.pid(), signal.number())) received.add(signal.name());
    }

    /** Notes a signal someone else delivered: the kernel on hangup, or mux to the whole group. */
    void delivered(UnixSignal signal, String how) {
        if (isAlive()) received.add(how.isEmpty() ? signal.name() : signal.name() + " (" + how + ")");
    }

    /** Takes in the process as the latest snapshot shows it (null: gone). */
    void seen(ProcInfo now, long afterMillis) {
        if (!isAlive()) return;
        if (now == null) {
            endedAfterMillis = afterMillis;
        } else {
            state = now.state();
        }
    }

    void heldUpTheStop() {
        heldUpIn = state;
    }

    ProcessReport report() {
        return new ProcessReport(info.pid(), info.pgrp(), command, info.state(), info.isForeground(),
                foundAfterMillis, waitedFor, received, endedAfterMillis, heldUpIn);
    }
}
