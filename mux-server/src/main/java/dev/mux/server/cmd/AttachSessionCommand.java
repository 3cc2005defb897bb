package dev.mux.server.cmd;

import dev.mux.server.model.Session;

/** attach-session: the client shows the session and sends it its keys; -d detaches the others. */
final class AttachSessionCommand {
    static final Command COMMAND = new Command(new CommandSpec("attach-session", "attach", "dt:", 0, 0,
            "[-d] [-t target-session]").target(TargetKind.SESSION, TargetPolicy.CAN_FAIL), AttachSessionCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (context.sessions().isEmpty()) throw new CommandException("no sessions");
        Session session = args.target().session();
        Nesting.refuseNested(context);
        if (!context.requester().request().terminal()) throw new CommandException("open terminal failed: not a terminal");
        if (args.has('d')) context.clients().detachAll(session);
        boolean wasAttached = context.attachedSession() != null;
        context.requester().attach(session);
        if (!wasAttached) context.commandTable().hooks().clientAttached(context);
        return CommandResult.ATTACHED;
    }
}
