package dev.mux.server.cmd;

/** previous-window: makes the previous window in index order, wrapping around current. */
final class PreviousWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("previous-window", "prev", "t:", 0, 0,
            "[-t target-session]", TargetKind.SESSION), PreviousWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        return WindowMoves.step(args.target().session(), -1);
    }
}
