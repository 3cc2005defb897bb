package dev.mux.server.cmd;

import dev.mux.server.model.Pane;

/** clear-history: forgets the lines that scrolled off the top of a pane. */
final class ClearHistoryCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("clear-history", "clearhist", "t:", 0, 0,
            "[-t target-pane]", TargetKind.PANE);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        pane.terminal().screen().clearHistory();
        return CommandResult.DONE;
    }
}
