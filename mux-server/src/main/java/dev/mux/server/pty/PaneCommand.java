package dev.mux.server.pty;

import java.util.List;
import java.util.Map;

/** Everything needed to start a pane's process: what to run, where, with which environment and size. */
public record PaneCommand(List<String> argv, Map<String, String> environment, String directory, int columns, int rows) {
    public PaneCommand {
        argv = List.copyOf(argv);
        environment = Map.copyOf(environment);
    }
}
