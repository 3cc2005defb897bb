package dev.mux.server.cmd;

/** rename-window: gives the target window a name, which also stops its automatic renaming. */
final class RenameWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("rename-window", "renamew", "t:", 1, 1,
            "[-t target-window] new-name", TargetKind.WINDOW), RenameWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        args.target().window().rename(args.positional().get(0));
        return CommandResult.DONE;
    }
}
