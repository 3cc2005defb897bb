package dev.mux.server.stop;

import java.util.ArrayList;
import java.util.List;

/** Everything one stop request did: why it ran, each pane's report, and how long it took in all. */
public record StopReport(String why, List<PaneReport> panes, long millis) {
    public StopReport {
        panes = List.copyOf(panes);
    }

    /** Whether any process outlived the stop. */
    public boolean leftSurvivors() {
        return panes.stream().anyMatch(p -> p.result() == StopResult.SURVIVORS);
    }

    public String summary() {
        long processes = panes.stream().mapToLong(p -> p.processes().size()).sum();
        long heldUp = panes.stream().mapToLong(p -> p.holdups().size()).sum();
        return String.format("stop (%s): %d panes, %d processes, %d held it up, %s", why, panes.size(), processes,
                heldUp, Durations.seconds(millis));
    }

    /** The summary, then every pane's lines. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(summary());
        for (PaneReport pane : panes) lines.addAll(pane.lines());
        return lines;
    }

    /** The lines naming each process that held the stop up; empty when nothing did. */
    public List<String> holdupLines() {
        List<String> lines = new ArrayList<>();
        for (PaneReport pane : panes) lines.addAll(pane.holdupLines());
        return lines;
    }
}
