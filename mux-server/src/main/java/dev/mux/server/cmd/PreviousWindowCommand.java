package dev.mux.server.cmd;

/** previous-window: makes the previous window in index order, wrapping around current. */
final class PreviousWindowCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("previous-window", "prev", "t:", 0, 0, "[-t target-session]", TargetKind.SESSION);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        return WindowMoves.step(args.target().session(), -1);
    }
}
