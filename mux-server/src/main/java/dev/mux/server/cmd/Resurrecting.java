package dev.mux.server.cmd;

import java.util.concurrent.CompletableFuture;

/** The server's snapshot, as commands reach it: resurrect and save-snapshot. */
public interface Resurrecting {
    /** What the snapshot of the server that is gone holds, in one line; fails if there is none or it is refused. */
    String pending() throws CommandException;

    /** Restores the snapshot of the server that is gone; returns what came back, in one line. */
    String resurrect() throws CommandException;

    /** Takes a snapshot now (the state is copied before this returns); completes once it is on disk. */
    CompletableFuture<Void> saveNow();

    /** Where this server's snapshot is, and what snapshots have cost it so far, in one line. */
    String saved();
}
