package dev.mux.server.cmd;

/** last-window: makes the window that was current before this one current. */
final class LastWindowCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("last-window", "last", "t:", 0, 0, "[-t target-session]", TargetKind.SESSION);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        return WindowMoves.last(args.target().session());
    }
}
