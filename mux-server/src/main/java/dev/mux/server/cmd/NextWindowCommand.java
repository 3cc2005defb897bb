package dev.mux.server.cmd;

/** next-window: makes the next window in index order, wrapping around current. */
final class NextWindowCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("next-window", "next", "t:", 0, 0, "[-t target-session]", TargetKind.SESSION);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        return WindowMoves.step(args.target().session(), 1);
    }
}
