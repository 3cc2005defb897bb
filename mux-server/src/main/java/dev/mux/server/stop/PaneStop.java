package dev.mux.server.stop;

import dev.mux.platform.libc.Libc;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The stop of one pane, as systemd stops a unit: a state machine that never waits by itself.
 * Creating it sends the kill signal (by default: hangs the terminal up); then the owner feeds it
 * snapshots of /proc ({@link #observe}) and tells it when its deadline passed ({@link #timedOut}):
 * at the first timeout what is left is named and gets the final kill signal, at the second the
 * stop gives up. Every step is written into the processes' records, which make the report.
 */
final class PaneStop {
    /** systemd's stop states: stop-sigterm, stop-sigkill, then dead or failed. */
    enum Phase { KILL_SIGNAL_SENT, FINAL_SIGNAL_SENT, DONE }

    private final StopTarget target;
    private final StopSettings settings;
    private final ProcessTable table;
    private final long startNanos;
    private final List<TrackedProcess> processes = new ArrayList<>();
    private Phase phase = Phase.KILL_SIGNAL_SENT;
    private long deadlineNanos;
    private long endNanos;
    private StopResult result;

    PaneStop(StopTarget target, ProcessTable table, ProcSnapshot snapshot, long nowNanos) {
        this.target = target;
        this.settings = target.settings();
        this.table = table;
        this.startNanos = nowNanos;
        this.deadlineNanos = nowNanos + settings.timeout().toNanos();
        for (ProcInfo process : snapshot.of(target.identity())) {
            if (!process.state().isGone()) track(process, 0);
        }
        sendKillSignal(snapshot);
        finishIfNothingLeft(nowNanos);
    }

    boolean isDone() {
        return phase == Phase.DONE;
    }

    long deadlineNanos() {
        return deadlineNanos;
    }

    /** Takes in a fresh snapshot: notes who ended and who appeared, and ends the stop when nothing is left. */
    void observe(ProcSnapshot snapshot, long nowNanos) {
        if (isDone()) return;
        long afterMillis = millisSinceStart(nowNanos);
        for (TrackedProcess process : processes) process.seen(snapshot.alive(process.info()), afterMillis);
        if (settings.killMode().waitsForAll()) {
            for (ProcInfo process : snapshot.of(target.identity())) {
                if (!process.state().isGone() && !isTracked(process)) track(process, afterMillis);
            }
        }
        finishIfNothingLeft(nowNanos);
    }

    /** The deadline passed: name what holds the stop up and send it the final signal, or give up. */
    void timedOut(ProcSnapshot snapshot, long nowNanos) {
        observe(snapshot, nowNanos);
        if (isDone()) return;
        if (phase == Phase.FINAL_SIGNAL_SENT || !settings.sendSigkill() || settings.killMode() == KillMode.NONE) {
            finish(StopResult.SURVIVORS, nowNanos);
            return;
        }
        for (TrackedProcess process : waitedForAlive()) process.heldUpTheStop();
        List<TrackedProcess> targets = settings.killMode() == KillMode.PROCESS ? leaderIfAlive() : waitedForAlive();
        for (TrackedProcess process : targets) {
            process.send(settings.finalKillSignal());
            if (settings.finalKillSignal() != UnixSignal.SIGKILL) process.send(UnixSignal.SIGCONT);
        }
        phase = Phase.FINAL_SIGNAL_SENT;
        deadlineNanos = nowNanos + settings.timeout().toNanos();
    }

    PaneReport report() {
        List<ProcessReport> reports = processes.stream().map(TrackedProcess::report).toList();
        long millis = (isDone() ? endNanos - startNanos : 0) / 1_000_000;
        return new PaneReport(target.name(), settings, result, millis, reports);
    }

    private void sendKillSignal(ProcSnapshot snapshot) {
        KillMode mode = settings.killMode();
        if (mode == KillMode.NONE) return;
        List<TrackedProcess> targets = mode == KillMode.CONTROL_GROUP ? aliveProcesses() : leaderIfAlive();
        Set<TrackedProcess> signalled = new LinkedHashSet<>();
        if (settings.viaHangup()) {
            // The groups first: once the shell has the hangup it may reap its jobs before we look.
            if (mode == KillMode.CONTROL_GROUP) hangUpGroups(foregroundGroup(snapshot));
            target.hangUp();
            for (TrackedProcess leader : leaderIfAlive()) {
                leader.delivered(UnixSignal.SIGHUP, "hangup");
                leader.delivered(UnixSignal.SIGCONT, "hangup");
            }
        } else {
            for (TrackedProcess process : targets) process.send(settings.killSignal());
            signalled.addAll(targets);
        }
        if (settings.sendSighup()) {
            for (TrackedProcess process : targets) {
                if (!process.got(UnixSignal.SIGHUP)) process.send(UnixSignal.SIGHUP);
            }
            signalled.addAll(targets);
        }
        for (TrackedProcess process : signalled) process.send(UnixSignal.SIGCONT);
    }

    /**
     * What a job-control shell does on hangup: SIGHUP and SIGCONT to the foreground group and to
     * every stopped group. The shell's own group gets them from the kernel.
     */
    private void hangUpGroups(long foreground) {
        long shellGroup = target.identity().sessionId();
        Set<Long> groups = new LinkedHashSet<>();
        if (foreground > 0) groups.add(foreground);
        for (TrackedProcess process : aliveProcesses()) {
            if (process.state() == ProcState.STOPPED) groups.add(process.info().pgrp());
        }
        groups.remove(shellGroup);
        for (long group : groups) {
            List<TrackedProcess> members = aliveProcesses().stream().filter(p -> p.info().pgrp() == group).toList();
            for (UnixSignal signal : List.of(UnixSignal.SIGHUP, UnixSignal.SIGCONT)) {
                if (Libc.signalGroup(group, signal.number())) members.forEach(member -> member.delivered(signal, ""));
            }
        }
    }

    private long foregroundGroup(ProcSnapshot snapshot) {
        for (ProcInfo process : snapshot.of(target.identity())) {
            if (process.tpgid() > 0) return process.tpgid();
        }
        return -1;
    }

    private void finishIfNothingLeft(long nowNanos) {
        if (!isDone() && waitedForAlive().isEmpty()) {
            finish(phase == Phase.KILL_SIGNAL_SENT ? StopResult.SUCCESS : StopResult.TIMEOUT, nowNanos);
        }
    }

    private void finish(StopResult stopResult, long nowNanos) {
        result = stopResult;
        phase = Phase.DONE;
        endNanos = nowNanos;
        // The pane goes with its stop: whatever the kill mode, its terminal is not kept open.
        target.hangUp();
    }

    private void track(ProcInfo process, long foundAfterMillis) {
        boolean waitedFor = switch (settings.killMode()) {
            case CONTROL_GROUP, MIXED -> true;
            case PROCESS -> isLeader(process);
            case NONE -> false;
        };
        processes.add(new TrackedProcess(process, table.commandLine(process.pid()), foundAfterMillis, waitedFor));
    }

    private boolean isTracked(ProcInfo process) {
        return processes.stream().anyMatch(tracked -> tracked.info().sameProcess(process));
    }

    private boolean isLeader(ProcInfo process) {
        return process.pid() == target.identity().sessionId();
    }

    private List<TrackedProcess> aliveProcesses() {
        return processes.stream().filter(TrackedProcess::isAlive).toList();
    }

    private List<TrackedProcess> waitedForAlive() {
        return processes.stream().filter(p -> p.isAlive() && p.isWaitedFor()).toList();
    }

    private List<TrackedProcess> leaderIfAlive() {
        return processes.stream().filter(p -> p.isAlive() && isLeader(p.info())).toList();
    }

    private long millisSinceStart(long nowNanos) {
        return (nowNanos - startNanos) / 1_000_000;
    }
}
