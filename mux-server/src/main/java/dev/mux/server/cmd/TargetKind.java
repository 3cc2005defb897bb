package dev.mux.server.cmd;

/**
 * What a command's {@code -t} or {@code -s} names, as tmux's command table declares it: the
 * dispatcher resolves the target before the command's body runs, so every command reports a bad
 * target the same way.
 */
public enum TargetKind {
    /** The command has no target of this flag. */
    NONE,
    SESSION,
    WINDOW,
    PANE,
    /**
     * Where a new window goes (tmux's CMD_FIND_WINDOW_INDEX): a session and a window index in it,
     * the index -1 when the text names only a session (the lowest free one).
     */
    WINDOW_INDEX
}
