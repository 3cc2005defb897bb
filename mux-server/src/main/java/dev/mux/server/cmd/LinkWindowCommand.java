package dev.mux.server.cmd;

/**
 * link-window: tmux shows one window in several sessions (or twice in one); mux's windows belong
 * to one session, so after checking its arguments as tmux does this fails and says so.
 */
final class LinkWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("link-window", "linkw", "abdks:t:", 0, 0,
            "[-abdk] [-s src-window] [-t dst-window]").target(TargetKind.WINDOW_INDEX).source(TargetKind.WINDOW),
            LinkWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        args.source();
        args.target();
        throw new CommandException("can't link window: a window is in one session only in mux");
    }
}
