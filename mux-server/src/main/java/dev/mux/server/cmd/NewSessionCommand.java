package dev.mux.server.cmd;

import dev.mux.protocol.Message;
import dev.mux.server.layout.Layout;
import dev.mux.server.model.Session;
import dev.mux.server.render.StatusPlacement;
import java.util.Optional;

/**
 * new-session: a session with one window running the shell (or a command), attached unless -d;
 * the config file's, with no client to attach, is detached as tmux's is. -f sets the client's flags
 * as refresh-client -f; -t puts it in a group with the target session (or a group of that name),
 * showing the group's windows.
 */
final class NewSessionCommand {
    /** tmux's default-size, used for a detached session when -x/-y are not given. */
    static final int DEFAULT_COLUMNS = 80;
    static final int DEFAULT_ROWS = 24;

    static final Command COMMAND = new Command(new CommandSpec("new-session", "new", "Ac:dDe:EF:f:n:Ps:t:Xx:y:", 0, -1,
            "[-AdDEPX] [-c start-directory] [-e environment] [-F format] [-f flags] [-n window-name] [-s session-name] [-t target-session] [-x width] [-y height] [shell-command]"), NewSessionCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Message.Command request = context.requester().request();
        boolean detached = args.has('d') || !context.requester().hasClient();
        if (!detached) Nesting.refuseNested(context);
        if (!detached && !request.terminal()) throw new CommandException("open terminal failed: not a terminal");
        String name = args.value('s');
        if (name != null) {
            name = TargetSpec.sanitizeSessionName(name);
            if (name.isEmpty()) throw new CommandException("invalid session name");
        }
        if (args.has('t') && (!args.positional().isEmpty() || args.has('n'))) {
            throw new CommandException("command or window name given with target");
        }
        for (String flags : args.values('f')) context.requester().clientFlags(flags);
        Optional<Session> existing = args.has('A') ? existing(context, name) : Optional.empty();
        if (existing.isPresent()) return attachExisting(context, args, existing.get());
        if (name != null) {
            if (context.sessions().byName(name).isPresent()) throw new CommandException("duplicate session: " + name);
        }
        SessionGrouping grouping = args.has('t') ? SessionGrouping.of(context, args.value('t')) : null;
        if (name == null) name = grouping == null ? context.sessions().defaultName() : grouping.defaultName(context);
        boolean clientSized = !detached && request.columns() > 0 && request.rows() > 0;
        int columns = args.intValue('x', "width", clientSized ? request.columns() : DEFAULT_COLUMNS, 1, Layout.MAXIMUM_COLUMNS);
        int statusRows = StatusPlacement.of(context.options().session()).rows();
        int clientRows = Math.max(1, request.rows() - statusRows);
        int rows = args.intValue('y', "height", clientSized ? clientRows : DEFAULT_ROWS, 1, Layout.MAXIMUM_ROWS);
        Session session = grouping == null ? context.panes().newSession(name, columns, rows, PaneSpawn.of(context, args, null))
                : grouping.create(context, name, columns, rows, PaneSpawn.of(context, args, null));
        if (args.has('n')) session.currentWindow().nameFromSpawn(args.value('n'));
        NewPanePrint.print(context, args, session.activePane(), NewPanePrint.SESSION_FORMAT);
        if (detached) return CommandResult.DONE;
        context.requester().attach(session);
        return CommandResult.ATTACHED;
    }

    /** -A: the session named by -s, else the current one, if it exists, as tmux looks it up. */
    private static Optional<Session> existing(CommandContext context, String name) {
        if (name != null) return context.sessions().byName(name);
        Session current = context.attachedSession();
        return current != null ? Optional.of(current) : context.sessions().mostRecentlyUsed();
    }

    /**
     * -A with a session that exists: attach-session to it, -D (and -X, which in tmux also hangs up
     * the others' shells) detaching its other clients.
     */
    private static CommandResult attachExisting(CommandContext context, ParsedArgs args, Session session)
            throws CommandException {
        if (!context.requester().request().terminal()) throw new CommandException("open terminal failed: not a terminal");
        if (args.has('D') || args.has('X')) context.clients().detachAll(session);
        context.requester().attach(session);
        return CommandResult.ATTACHED;
    }
}
