package dev.mux.server.cmd;

import java.util.List;

import dev.mux.server.model.Pane;
import java.util.concurrent.Callable;

/** Work that may block (D-Bus, logind, shell commands), which never runs on the loop. */
public interface Background {
    /**
     * Runs {@code work} on a worker thread, then {@code done} with its result on the loop; the
     * command's reply waits for it, so the command returns what this returns
     * ({@link CommandResult#PENDING}).
     */
    <T> CommandResult afterBlocking(Callable<T> work, Completion<T> done);

    /**
     * After {@code delayMillis}, runs {@code /bin/sh -c command} (null: nothing) in {@code directory}, then {@code done} on the loop with what
     * it printed and how it ended; the reply waits and ends with the status {@code done} returns
     * ({@link CommandResult#PENDING}).
     */
    CommandResult afterShell(String command, long delayMillis, String directory, Finish done);

    /** As {@link #afterShell}, but nothing waits for it: {@code done} runs when it ends, the reply is not held. */
    void shell(String command, long delayMillis, String directory, Completion<ShellResult> done);

    /**
     * A reply that waits for another command (wait-for): {@code wait} is given the action that
     * sends the reply and says whether it kept it for later (PENDING) or nothing needed to wait (DONE).
     */
    CommandResult later(Deferral wait);

    /**
     * Keeps {@code action} to run once the command list this command is part of is over, when that
     * list is held up waiting (what tmux appends to the queue runs after the list); false, keeping
     * nothing, when nothing holds the list.
     */
    boolean afterList(Runnable action);

    /**
     * Puts {@code commands} in the queue right after this command, as tmux inserts if-shell's and
     * run-shell -C's commands: each then runs as a command of the list (a control client's in a
     * block of its own); false, taking nothing, when no queue is running this command's list.
     */
    boolean insertAfter(List<List<String>> commands);

    /** As {@link #later}, but the reply ends with the exit status given to the action (display-popup's program's). */
    CommandResult laterWithStatus(StatusDeferral wait);

    /** Keeps the action that replies with a status, to run it when what is waited for comes; false if nothing needs to wait. */
    @FunctionalInterface
    interface StatusDeferral {
        boolean defer(java.util.function.IntConsumer reply);
    }

    /** Keeps the action that replies, to run it when what is waited for comes; false if nothing needs to wait. */
    @FunctionalInterface
    interface Deferral {
        boolean defer(Runnable reply);
    }

    /**
     * pipe-pane: starts {@code sh -c command} as the pane's pipe, given a copy of its output
     * ({@code output}) and typing its own output into the pane ({@code input}), on threads of its own.
     */
    void pipe(Pane pane, String command, boolean output, boolean input) throws CommandException;

    /** Closes the pane's pipe, if it has one. */
    void closePipe(Pane pane);

    /** What a command does on the loop with the result of its blocking work. */
    @FunctionalInterface
    interface Completion<T> {
        void complete(T result) throws CommandException;
    }

    /** What a command does on the loop with a shell command's result, returning the reply's exit status. */
    @FunctionalInterface
    interface Finish {
        int complete(ShellResult result) throws CommandException;
    }
}
