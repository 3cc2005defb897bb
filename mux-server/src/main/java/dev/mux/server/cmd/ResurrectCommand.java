package dev.mux.server.cmd;

/**
 * resurrect (mux's own): restores the sessions of a server that is gone from the snapshot it left
 * (the resurrect option set to ask or off leaves that to this command); -l only says what the
 * snapshot holds.
 */
final class ResurrectCommand {
    static final Command COMMAND = new Command(new CommandSpec("resurrect", null, "l", 0, 0, "[-l]"),
            ResurrectCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Resurrecting snapshots = context.resurrection();
        context.out().print(args.has('l') ? snapshots.pending() : snapshots.resurrect());
        return CommandResult.DONE;
    }
}
