package dev.mux.server;

import dev.mux.server.cmd.Output;

/** Where a command's output goes (the socket, the client's status line, or the log), and when it is over. */
interface Reply extends Output {
    /** The command is over; for a deferred reply ({@link dev.mux.server.cmd.CommandResult#PENDING}). */
    void finish(int status);
}
