package dev.mux.server.cmd;

/** previous-window: makes the previous window in index order, wrapping around current. */
final class PreviousWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("previous-window", "prev", "at:", 0, 0,
            "[-a] [-t target-session]", TargetKind.SESSION), PreviousWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (args.has('a')) return WindowMoves.stepToAlert(args.target().session(), -1);
        return WindowMoves.step(args.target().session(), -1);
    }
}
