package dev.mux.server.cmd;

import java.util.List;

/**
 * What a shell command of run-shell or if-shell left: its standard output, as lines, and how it
 * ended ({@code signal} is 0 when it exited with {@code exitStatus}).
 */
public record ShellResult(List<String> lines, int exitStatus, int signal) {
    public boolean succeeded() {
        return signal == 0 && exitStatus == 0;
    }

    /** The status tmux gives a client for it: the exit status, or 128 plus the signal. */
    public int status() {
        return signal == 0 ? exitStatus : 128 + signal;
    }
}
