package dev.mux.server.cmd;

import dev.mux.server.model.Window;

/**
 * kill-window: removes the window and hangs up its panes; -a kills the session's other windows
 * instead. The reply comes when the stop is over.
 */
final class KillWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("kill-window", "killw", "at:", 0, 0,
            "[-a] [-t target-window]", TargetKind.WINDOW), KillWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Window target = args.target().window();
        return context.stops().killWindows(KillChoice.of(args, target, args.target().session().windows()));
    }
}
