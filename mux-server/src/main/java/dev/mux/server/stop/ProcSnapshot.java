package dev.mux.server.stop;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Every process at one moment, as {@link ProcessTable#snapshot()} read them. */
public final class ProcSnapshot {
    private final Map<Long, ProcInfo> processes;

    ProcSnapshot(Map<Long, ProcInfo> processes) {
        this.processes = Map.copyOf(processes);
    }

    /** The pane's processes, by pid; zombies included (they show in list-jobs). */
    public List<ProcInfo> of(PaneIdentity pane) {
        return processes.values().stream().filter(pane::includes).sorted(Comparator.comparingLong(ProcInfo::pid)).toList();
    }

    /** The process as it is now, if it is still this very process and has not ended. */
    public ProcInfo alive(ProcInfo process) {
        ProcInfo now = processes.get(process.pid());
        return now != null && now.sameProcess(process) && !now.state().isGone() ? now : null;
    }
}
