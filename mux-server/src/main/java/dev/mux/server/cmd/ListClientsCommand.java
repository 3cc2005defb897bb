package dev.mux.server.cmd;

/** list-clients: the attached clients, of every session or the one -t names. */
final class ListClientsCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("list-clients", "lsc", "t:", 0, 0, "[-t target-session]")
            .target(TargetKind.SESSION, TargetPolicy.OPTIONAL);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Target only = args.target();
        context.describeClients(only == null ? null : only.session()).forEach(context::print);
        return CommandResult.DONE;
    }
}
