package dev.mux.server.cmd;

/** last-pane: select-pane -l, with its -d, -e and -Z. */
final class LastPaneCommand {
    static final Command COMMAND = new Command(new CommandSpec("last-pane", "lastp", "det:Z", 0, 0,
            "[-deZ] [-t target-window]", TargetKind.WINDOW), LastPaneCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        return PaneSelection.last(args.target().window(), args);
    }
}
