package dev.mux.server.cmd;

/** has-session: exit status 0 if the target session exists, else 1 with the reason. */
final class HasSessionCommand {
    static final Command COMMAND = new Command(new CommandSpec("has-session", "has", "t:", 0, 0, "[-t target-session]",
            TargetKind.SESSION), HasSessionCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        return CommandResult.DONE;
    }
}
