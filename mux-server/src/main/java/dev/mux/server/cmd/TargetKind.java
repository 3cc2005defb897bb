package dev.mux.server.cmd;

/**
 * What a command's {@code -t} names, as tmux's command table declares it: the dispatcher resolves
 * the target before the command's body runs, so every command reports a bad target the same way.
 */
public enum TargetKind {
    /** The command resolves its targets itself, or has none. */
    NONE,
    SESSION,
    WINDOW,
    PANE
}
