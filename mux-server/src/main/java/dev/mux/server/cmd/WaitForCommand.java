package dev.mux.server.cmd;

/**
 * wait-for: waits until the channel is signalled (-S) by another command, or takes (-L) and gives
 * back (-U) its lock. A client waiting gets its reply when the signal or the lock comes; the loop
 * goes on meanwhile.
 */
final class WaitForCommand {
    static final Command COMMAND = new Command(new CommandSpec("wait-for", "wait", "LSU", 1, 1,
            "[-L|-S|-U] channel"), WaitForCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        String name = args.positional(0);
        WaitChannels channels = context.waits();
        if (args.has('S')) {
            channels.signal(name);
            return CommandResult.DONE;
        }
        if (args.has('L')) {
            if (!context.requester().hasClient()) throw new CommandException("not able to lock");
            return context.background().later(resume -> channels.lock(name, resume));
        }
        if (args.has('U')) {
            channels.unlock(name);
            return CommandResult.DONE;
        }
        if (!context.requester().hasClient()) throw new CommandException("not able to wait");
        return context.background().later(resume -> channels.await(name, resume));
    }
}
