package dev.mux.server.cmd;

import dev.mux.server.model.Pane;

/**
 * kill-pane: removes the pane and hangs it up; -a kills the window's other panes instead. The reply
 * comes when the stop is over.
 */
final class KillPaneCommand {
    static final Command COMMAND = new Command(new CommandSpec("kill-pane", "killp", "at:", 0, 0,
            "[-a] [-t target-pane]", TargetKind.PANE), KillPaneCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane target = args.target().pane();
        return context.stops().killPanes(KillChoice.of(args, target, target.window().panes()));
    }
}
