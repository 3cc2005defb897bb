package dev.mux.server.cmd;

/**
 * How a command left its client: done (exit status sent), attached to a session, or pending: the
 * server replies later, when what the command started is over (kill-session waits for its stop).
 */
public enum CommandResult {
    DONE,
    ATTACHED,
    PENDING
}
