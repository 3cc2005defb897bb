package dev.mux.server.cmd;

/** new-window: a window running the shell (or a command), made current unless -d. */
final class NewWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("new-window", "neww", "dn:t:", 0, -1,
            "[-d] [-n window-name] [-t target-window] [shell-command]").target(TargetKind.WINDOW_INDEX),
            NewWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Target slot = args.target();
        String command = args.positional().isEmpty() ? null : String.join(" ", args.positional());
        context.panes().newWindow(slot.session(), slot.windowIndex(), args.value('n'), command, !args.has('d'));
        return CommandResult.DONE;
    }
}
