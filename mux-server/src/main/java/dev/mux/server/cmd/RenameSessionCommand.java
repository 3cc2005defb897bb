package dev.mux.server.cmd;

import dev.mux.server.model.Session;

/** rename-session: a new name for the target session; names stay unique. */
final class RenameSessionCommand {
    static final Command COMMAND = new Command(new CommandSpec("rename-session", "rename", "t:", 1, 1,
            "[-t target-session] new-name", TargetKind.SESSION), RenameSessionCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Session session = args.target().session();
        String name = TargetSpec.sanitizeSessionName(args.positional().get(0));
        if (name.isEmpty()) throw new CommandException("invalid session name");
        if (name.equals(session.name())) return CommandResult.DONE;
        if (context.sessions().byName(name).isPresent()) throw new CommandException("duplicate session: " + name);
        context.sessions().rename(session, name);
        return CommandResult.DONE;
    }
}
