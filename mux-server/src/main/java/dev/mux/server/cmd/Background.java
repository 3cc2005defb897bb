package dev.mux.server.cmd;

import java.util.concurrent.Callable;

/** Work that may block (D-Bus, logind), which never runs on the loop. */
public interface Background {
    /**
     * Runs {@code work} on a worker thread, then {@code done} with its result on the loop; the
     * command's reply waits for it, so the command returns what this returns
     * ({@link CommandResult#PENDING}).
     */
    <T> CommandResult afterBlocking(Callable<T> work, Completion<T> done);

    /** What a command does on the loop with the result of its blocking work. */
    @FunctionalInterface
    interface Completion<T> {
        void complete(T result) throws CommandException;
    }
}
