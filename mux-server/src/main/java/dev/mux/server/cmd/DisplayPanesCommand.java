package dev.mux.server.cmd;

/** display-panes: each pane's number over it for a second; typing a number selects that pane. */
final class DisplayPanesCommand {
    static final Command COMMAND = new Command(new CommandSpec("display-panes", "displayp", "", 0, 0, ""),
            DisplayPanesCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        context.requester().displayPanes();
        return CommandResult.DONE;
    }
}
