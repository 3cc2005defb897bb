package dev.mux.server;

import dev.mux.server.cmd.CommandContext;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandResult;
import dev.mux.server.cmd.CommandTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of commands run in order as tmux's command queue runs them: a command that waits
 * (confirm-before, run-shell and if-shell without -b, wait-for, a stop...) holds up the commands
 * after it until it is over, and then they run; the first that fails ends the rest, and one that
 * does not parse (an unknown command or flag) stops the list before any of it runs. The list's
 * reply is held until the last of them is over: its exit status is the failure's, else what the
 * command waited on last ended with (confirm-before answered no, a shell command that failed).
 * What a command inserts after itself (if-shell's and run-shell -C's commands) runs next, as a
 * group of its own whose failure ends only that group, and fails the list's exit status.
 */
final class CommandQueue {
    private final CommandTable commands;
    private final CommandContext context;
    private final HeldReply reply;
    private int groups;

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
        return new CommandQueue(commands, context, reply).from(list.stream().map(words -> new Entry(words, 0)).toList(), 0);
    }

    /** A command of the queue and its group: 0 for the list's own, another for each list a command inserted. */
    private record Entry(List<String> words, int group) {}

    /** Runs the rest of the list, {@code status} being what the waits so far ended with. */
    private CommandResult from(List<Entry> commands, int status) throws CommandException {
        List<Entry> list = new ArrayList<>(inserted());
        list.addAll(commands);
        CommandResult result = CommandResult.DONE;
        int carried = status;
        for (int index = 0; index < list.size(); index++) {
            Entry entry = list.get(index);
            CommandResult each;
            try {
                each = runOne(entry.words());
            } catch (CommandException e) {
                // As tmux's queue, a failure drops the rest of its group: all of the list for the
                // list's own commands, only the inserted list's for one of those.
                if (entry.group() == 0) throw e;
                if (!e.getMessage().isEmpty()) reply.error(e.getMessage());
                carried = Math.max(carried, 1);
                while (index + 1 < list.size() && list.get(index + 1).group() == entry.group()) list.remove(index + 1);
                continue;
            }
            // What the command inserted (if-shell's commands) runs next, as commands of the queue.
            list.addAll(index + 1, inserted());
            if (each == CommandResult.ATTACHED) result = CommandResult.ATTACHED;
            if (each != CommandResult.PENDING) continue;
            Integer early = reply.takeEarlyFinish();
            if (early != null) {
                carried = Math.max(carried, early);
                continue;
            }
            List<Entry> rest = List.copyOf(list.subList(index + 1, list.size()));
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

    /** What the last command inserted after itself, as a group of its own. */
    private List<Entry> inserted() {
        List<List<String>> taken = reply.takeInserted();
        if (taken.isEmpty()) return List.of();
        int group = ++groups;
        return taken.stream().map(words -> new Entry(words, group)).toList();
    }

    private CommandResult runOne(List<String> words) throws CommandException {
        reply.running(true);
        try {
            return commands.runOne(words, context);
        } catch (CommandException e) {
            // What the failed command inserted goes with it.
            reply.takeInserted();
            throw e;
        } finally {
            reply.running(false);
        }
    }

    /** The command waited on is over: the rest runs, and the held reply is sent when all of it is. */
    private void resume(List<Entry> rest, int status) {
        try {
            if (from(rest, status) == CommandResult.DONE) reply.finishHeld(status);
        } catch (CommandException e) {
            if (!e.getMessage().isEmpty()) reply.error(e.getMessage());
            reply.finishHeld(1);
        }
    }
}
