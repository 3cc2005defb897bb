package dev.mux.server.cmd;

import java.nio.file.Path;
import java.util.List;

/** Runs the commands of a file (source-file, the config file), nested no deeper than tmux allows. */
public interface Sourcing {
    /** Runs each command of {@code file} with {@code context}; returns its errors as file:line: lines. */
    List<String> source(Path file, CommandContext context);
}
