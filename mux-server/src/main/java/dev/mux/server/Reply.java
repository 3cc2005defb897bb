package dev.mux.server;

/** Where a command's output goes: back over the socket, onto a client's status line, or the log. */
interface Reply {
    void output(String text);

    void error(String line);

    /** The command is over; for a deferred reply ({@link dev.mux.server.cmd.CommandResult#PENDING}). */
    void finish(int status);
}
