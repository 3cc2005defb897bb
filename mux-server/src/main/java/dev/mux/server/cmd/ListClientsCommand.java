package dev.mux.server.cmd;

/** list-clients: the attached clients, of every session or the one -t names. */
final class ListClientsCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-clients", "lsc", "t:", 0, 0,
            "[-t target-session]").target(TargetKind.SESSION, TargetPolicy.OPTIONAL), ListClientsCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Target only = args.target();
        context.clients().describe(only == null ? null : only.session()).forEach(context.out()::print);
        return CommandResult.DONE;
    }
}
