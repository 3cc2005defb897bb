package dev.mux.server.stop;

import java.util.ArrayList;
import java.util.List;

/** The stop of one pane: its settings, how it ended, how long it took, and each of its processes. */
public record PaneReport(String pane, StopSettings settings, StopResult result, long millis,
                         List<ProcessReport> processes) {
    public PaneReport {
        processes = List.copyOf(processes);
    }

    /** The processes that were still there when the timeout struck: what held this stop up. */
    public List<ProcessReport> holdups() {
        return processes.stream().filter(p -> p.heldUpIn() != null || (p.waitedFor() && !p.ended())).toList();
    }

    /** A heading line and one line per process. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("pane %s: %s in %s (kill-mode %s, kill-signal %s, timeout %d s)", pane, result.label(),
                Durations.seconds(millis), settings.killMode().optionValue(), settings.killSignalName(),
                settings.timeout().toSeconds()));
        for (ProcessReport process : processes) lines.add(process.describe());
        return lines;
    }

    /** One line per process that held the stop up, naming it so the user can find it. */
    public List<String> holdupLines() {
        List<String> lines = new ArrayList<>();
        for (ProcessReport process : holdups()) {
            String state = process.heldUpIn() != null ? process.heldUpIn().label() : "running";
            String fate = process.ended() ? "ended after " + Durations.seconds(process.endedAfterMillis())
                    : "is still running";
            String signals = String.join(", ", process.received());
            lines.add(String.format("pane %s: pid %d (%s) was %s at the %d s stop timeout; got %s; %s", pane,
                    process.pid(), process.command(), state, settings.timeout().toSeconds(), signals, fate));
        }
        return lines;
    }
}
