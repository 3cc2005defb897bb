package dev.mux.server.cmd;

/** last-window: makes the window that was current before this one current. */
final class LastWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("last-window", "last", "t:", 0, 0, "[-t target-session]",
            TargetKind.SESSION), LastWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        return WindowMoves.last(args.target().session());
    }
}
