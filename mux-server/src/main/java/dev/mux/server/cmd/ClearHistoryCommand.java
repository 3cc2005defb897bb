package dev.mux.server.cmd;

import dev.mux.server.model.Pane;

/** clear-history: forgets the lines that scrolled off the top of a pane. */
final class ClearHistoryCommand {
    static final Command COMMAND = new Command(new CommandSpec("clear-history", "clearhist", "t:", 0, 0,
            "[-t target-pane]", TargetKind.PANE), ClearHistoryCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        pane.terminal().screen().clearHistory();
        return CommandResult.DONE;
    }
}
