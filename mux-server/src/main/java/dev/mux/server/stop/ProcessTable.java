package dev.mux.server.stop;

import dev.mux.platform.proc.ProcFs;
import dev.mux.platform.proc.ProcStat;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The processes as the stop procedure and list-jobs see them: each with its state and the mux
 * variables it started with, read through the platform's {@link ProcFs}, and their command lines
 * as reports print them. Not thread-safe: the loop owns it.
 */
public final class ProcessTable {
    /** Longest command line kept for reports; the rest is cut. */
    private static final int COMMAND_MAX_CHARS = 200;

    private final ProcFs procFs = new ProcFs();
    /** The mux variables of each process, read once: a process's starting environment never changes. */
    private final Map<Long, Marker> markers = new HashMap<>();

    private record Marker(long startTicks, String muxServer, String muxPane) {}

    private interface MarkerSource {
        Marker of(long pid, long startTicks);
    }

    /** Every process now, with its mux variables. */
    public ProcSnapshot snapshot() {
        Map<Long, ProcInfo> processes = new HashMap<>();
        try {
            for (long pid : procFs.pids()) read(pid, this::marker).ifPresent(info -> processes.put(pid, info));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc: " + e.getMessage(), e);
        }
        markers.keySet().retainAll(processes.keySet());
        return new ProcSnapshot(processes);
    }

    /**
     * One process, or empty if it is gone. Its mux variables are read afresh: only a snapshot keeps
     * them, since only a snapshot knows which processes are gone and can forget theirs.
     */
    public Optional<ProcInfo> read(long pid) {
        return read(pid, this::readMarker);
    }

    private Optional<ProcInfo> read(long pid, MarkerSource markerSource) {
        Optional<ProcStat> read = procFs.stat(pid);
        if (read.isEmpty()) return Optional.empty();
        ProcStat stat = read.get();
        Marker marker = markerSource.of(pid, stat.startTicks());
        return Optional.of(new ProcInfo(pid, stat.ppid(), stat.pgrp(), stat.session(), stat.tpgid(),
                ProcState.of(stat.state()), stat.startTicks(), marker.muxServer(), marker.muxPane()));
    }

    /** The command line with spaces between arguments, or the bracketed name when it has none (zombies). */
    public String commandLine(long pid) {
        Optional<String> line = procFs.commandLine(pid);
        if (line.isPresent() && line.get().isEmpty()) line = procFs.name(pid).map(name -> "[" + name + "]");
        if (line.isEmpty()) return "?";
        String shown = line.get();
        return shown.length() > COMMAND_MAX_CHARS ? shown.substring(0, COMMAND_MAX_CHARS) + "..." : shown;
    }

    private Marker marker(long pid, long startTicks) {
        Marker known = markers.get(pid);
        if (known != null && known.startTicks() == startTicks) return known;
        Marker read = readMarker(pid, startTicks);
        markers.put(pid, read);
        return read;
    }

    /** Other users' environments are unreadable: such a process is simply unmarked. */
    private Marker readMarker(long pid, long startTicks) {
        String server = null;
        String pane = null;
        for (String entry : procFs.environment(pid)) {
            if (entry.startsWith("MUX=")) server = entry.substring(4);
            if (entry.startsWith("MUX_PANE=")) pane = entry.substring(9);
        }
        return new Marker(startTicks, server, pane);
    }
}
