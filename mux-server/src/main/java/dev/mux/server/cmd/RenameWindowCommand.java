package dev.mux.server.cmd;

/** rename-window: gives the target window a name, which also stops its automatic renaming. */
final class RenameWindowCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("rename-window", "renamew", "t:", 1, 1,
            "[-t target-window] new-name", TargetKind.WINDOW);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        args.target().window().rename(args.positional().get(0));
        return CommandResult.DONE;
    }
}
