package dev.mux.server.cmd;

/**
 * What the dispatcher does when a command's target flag ({@code -t} or {@code -s}) is absent or
 * names nothing, as tmux's command table says it per command.
 */
public enum TargetPolicy {
    /** Absent means the current one; a target that cannot be found fails the command before its body runs. */
    REQUIRED,
    /** Absent means none (the command then acts on all, or on its requester); one given must be found. */
    OPTIONAL,
    /**
     * As {@link #REQUIRED}, but a failure is raised only when the body asks for the target (tmux's
     * CMD_FIND_CANFAIL): {@code set-option -g} or {@code list-windows -a} never need it.
     */
    CAN_FAIL
}
