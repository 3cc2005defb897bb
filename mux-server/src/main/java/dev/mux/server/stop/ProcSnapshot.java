package dev.mux.server.stop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every process at one moment, as {@link ProcessTable#snapshot()} read them, indexed by session and
 * by {@code MUX_PANE}: a stop of many panes asks for each pane's processes on every poll, and a
 * search of every process per pane made that quadratic (600 panes: 600 x 700 processes a poll).
 */
public final class ProcSnapshot {
    private final Map<Long, ProcInfo> processes;
    private final Map<Long, List<ProcInfo>> bySession = new HashMap<>();
    private final Map<String, List<ProcInfo>> byMuxPane = new HashMap<>();

    ProcSnapshot(Map<Long, ProcInfo> processes) {
        this.processes = Map.copyOf(processes);
        for (ProcInfo process : this.processes.values()) {
            bySession.computeIfAbsent(process.session(), session -> new ArrayList<>()).add(process);
            if (process.muxPane() != null) byMuxPane.computeIfAbsent(process.muxPane(), pane -> new ArrayList<>()).add(process);
        }
    }

    /** The pane's processes, by pid; zombies included (they show in list-jobs). */
    public List<ProcInfo> of(PaneIdentity pane) {
        Set<ProcInfo> candidates = new LinkedHashSet<>();
        if (pane.sessionId() > 0) candidates.addAll(bySession.getOrDefault(pane.sessionId(), List.of()));
        candidates.addAll(byMuxPane.getOrDefault(pane.paneName(), List.of()));
        return candidates.stream().filter(pane::includes).sorted(Comparator.comparingLong(ProcInfo::pid)).toList();
    }

    /** The process as it is now, if it is still this very process and has not ended. */
    public ProcInfo alive(ProcInfo process) {
        ProcInfo now = processes.get(process.pid());
        return now != null && now.sameProcess(process) && !now.state().isGone() ? now : null;
    }
}
