package dev.mux.server;

import dev.mux.server.cmd.CommandContext;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandResult;
import dev.mux.server.cmd.CommandTable;
import java.util.List;

/**
 * A list of commands run in order as tmux's command queue runs them: a command that waits
 * (confirm-before, run-shell and if-shell without -b, wait-for, a stop...) holds up the commands
 * after it until it is over, and then they run; the first that fails ends the rest, and one that
 * does not parse (an unknown command or flag) stops the list before any of it runs. The list's
 * reply is held until the last of them is over: its exit status is the failure's, else what the
 * command waited on last ended with (confirm-before answered no, a shell command that failed).
 */
final class CommandQueue {
    private final CommandTable commands;
    private final CommandContext context;
    private final HeldReply reply;

    private CommandQueue(CommandTable commands, CommandContext context, HeldReply reply) {
        this.commands = commands;
        this.context = context;
        this.reply = reply;
    }

    /**
     * Runs {@code list} with {@code context}, whose reply must be {@code reply}. Returns as the list's
     * single command would: DONE when all of it is over (the caller then replies), ATTACHED, or
     * PENDING when the reply is sent later.
     *
     * @throws CommandException for a command that failed before anything waited
     */
    static CommandResult run(CommandTable commands, List<List<String>> list, CommandContext context, HeldReply reply)
            throws CommandException {
        // As tmux parses the whole list first, an unknown command or flag anywhere stops all of it.
        for (List<String> words : list) commands.check(words);
        return new CommandQueue(commands, context, reply).from(list, 0);
    }

    /** Runs the rest of the list from {@code index}, {@code status} being what the waits so far ended with. */
    private CommandResult from(List<List<String>> list, int status) throws CommandException {
        CommandResult result = CommandResult.DONE;
        int carried = status;
        for (int index = 0; index < list.size(); index++) {
            CommandResult each = runOne(list.get(index));
            if (each == CommandResult.ATTACHED) result = CommandResult.ATTACHED;
            if (each != CommandResult.PENDING) continue;
            Integer early = reply.takeEarlyFinish();
            if (early != null) {
                carried = Math.max(carried, early);
                continue;
            }
            List<List<String>> rest = list.subList(index + 1, list.size());
            int before = carried;
            reply.whenFinished(ended -> resume(rest, Math.max(before, ended)));
            return result == CommandResult.ATTACHED ? result : CommandResult.PENDING;
        }
        if (carried != 0 && result == CommandResult.DONE) {
            reply.finishHeld(carried);
            return CommandResult.PENDING;
        }
        return result;
    }

    private CommandResult runOne(List<String> words) throws CommandException {
        reply.running(true);
        try {
            return commands.runOne(words, context);
        } finally {
            reply.running(false);
        }
    }

    /** The command waited on is over: the rest runs, and the held reply is sent when all of it is. */
    private void resume(List<List<String>> rest, int status) {
        try {
            if (from(rest, status) == CommandResult.DONE) reply.finishHeld(status);
        } catch (CommandException e) {
            if (!e.getMessage().isEmpty()) reply.error(e.getMessage());
            reply.finishHeld(1);
        }
    }
}
