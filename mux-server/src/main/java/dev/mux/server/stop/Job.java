package dev.mux.server.stop;

import dev.mux.server.model.Pane;

/** One process of a pane, as list-jobs shows it. */
public record Job(Pane pane, ProcInfo process, String command) {}
