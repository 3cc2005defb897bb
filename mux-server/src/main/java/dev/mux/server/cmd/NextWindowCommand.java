package dev.mux.server.cmd;

/** next-window: makes the next window in index order, wrapping around current. */
final class NextWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("next-window", "next", "t:", 0, 0, "[-t target-session]",
            TargetKind.SESSION), NextWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        return WindowMoves.step(args.target().session(), 1);
    }
}
