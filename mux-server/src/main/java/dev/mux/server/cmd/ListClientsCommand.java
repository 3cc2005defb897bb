package dev.mux.server.cmd;

import dev.mux.server.model.Session;

/** list-clients: the attached clients, of every session or the one -t names. */
final class ListClientsCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("list-clients", "lsc", "t:", 0, 0, "[-t target-session]");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Session only = args.has('t') ? Targets.session(context, args.value('t')) : null;
        context.describeClients(only).forEach(context::print);
        return CommandResult.DONE;
    }
}
