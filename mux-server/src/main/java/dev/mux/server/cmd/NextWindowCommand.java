package dev.mux.server.cmd;

/** next-window: makes the next window in index order, wrapping around current; -a the next one with an alert. */
final class NextWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("next-window", "next", "at:", 0, 0, "[-a] [-t target-session]",
            TargetKind.SESSION), NextWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (args.has('a')) return WindowMoves.stepToAlert(args.target().session(), 1);
        return WindowMoves.step(args.target().session(), 1);
    }
}
