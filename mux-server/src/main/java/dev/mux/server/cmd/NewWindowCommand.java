package dev.mux.server.cmd;

/** new-window: a window running the shell (or a command), made current unless -d. */
final class NewWindowCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("new-window", "neww", "dn:t:", 0, -1,
            "[-d] [-n window-name] [-t target-window] [shell-command]");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Targets.WindowSlot slot = Targets.slot(context, args.value('t'));
        String command = args.positional().isEmpty() ? null : String.join(" ", args.positional());
        context.newWindow(slot.session(), slot.index(), args.value('n'), command, !args.has('d'));
        return CommandResult.DONE;
    }
}
