package dev.mux.server.cmd;

import java.nio.file.Path;
import java.util.List;

/** Runs the commands of a file (source-file, the config file), nested no deeper than tmux allows. */
public interface Sourcing {
    /** How source-file reads a file: {@code -n} parses it only, {@code -v} prints each command first. */
    record Mode(boolean parseOnly, boolean verbose) {
        public static final Mode RUN = new Mode(false, false);
    }

    /**
     * What running a file said, as file:line: lines: a syntax error that stopped it (tmux prints
     * that on standard output), and the errors of its commands.
     */
    record Result(List<String> syntaxErrors, List<String> errors) {
        /** Every line, the syntax errors first. */
        public List<String> all() {
            List<String> all = new java.util.ArrayList<>(syntaxErrors);
            all.addAll(errors);
            return all;
        }
    }

    /** Runs each command of {@code file} with {@code context}. */
    default Result source(Path file, CommandContext context) {
        return source(file, context, Mode.RUN);
    }

    /** Parses {@code file} and, as {@code mode} says, prints and runs its commands. */
    Result source(Path file, CommandContext context, Mode mode);
}
