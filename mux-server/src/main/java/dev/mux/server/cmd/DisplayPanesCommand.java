package dev.mux.server.cmd;

/** display-panes: each pane's number over it for a second; typing a number selects that pane. */
final class DisplayPanesCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("display-panes", "displayp", "", 0, 0, "");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        context.displayPanes();
        return CommandResult.DONE;
    }
}
