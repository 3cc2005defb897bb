package dev.mux.server.cmd;

/** How a command left its client: done (exit status sent), or attached to a session. */
public enum CommandResult {
    DONE,
    ATTACHED
}
