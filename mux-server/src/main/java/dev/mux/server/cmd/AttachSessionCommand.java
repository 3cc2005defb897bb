package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import java.nio.file.Path;

/**
 * attach-session: the client shows the session and sends it its keys; -d (or -x, which in tmux
 * also hangs up the other clients' shells) detaches the others; -c sets the session's working
 * directory (a format), -f the client's flags as refresh-client -f, -r makes it read-only; -E is
 * accepted (update-environment is applied as without it).
 */
final class AttachSessionCommand {
    static final Command COMMAND = new Command(new CommandSpec("attach-session", "attach", "c:dEf:rt:x", 0, 0,
            "[-dErx] [-c working-directory] [-f flags] [-t target-session]").target(TargetKind.SESSION, TargetPolicy.CAN_FAIL),
            AttachSessionCommand::run);

    private AttachSessionCommand() {}

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (context.sessions().isEmpty()) throw new CommandException("no sessions");
        Session session = args.target().session();
        Nesting.refuseNested(context);
        if (!context.requester().request().terminal()) throw new CommandException("open terminal failed: not a terminal");
        if (args.has('d') || args.has('x')) context.clients().detachAll(session, null, args.has('x'));
        if (args.has('c')) {
            String directory = context.expand(args.value('c'), session.activePane());
            session.setPath(Path.of(context.requester().request().cwd()).resolve(directory).toString());
        }
        for (String flags : args.values('f')) context.requester().clientFlags(flags);
        if (args.has('r')) context.requester().clientFlags("read-only,ignore-size");
        boolean wasAttached = context.attachedSession() != null;
        context.requester().attach(session);
        if (!wasAttached) context.commandTable().hooks().clientAttached(context);
        return CommandResult.ATTACHED;
    }
}
