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
    /** The size of a session no client sizes, when default-size cannot be read and -x/-y are not given. */
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
        Optional<Session> existing = args.has('A') ? existing(context, name, args.value('t')) : Optional.empty();
        if (existing.isPresent()) return attachExisting(context, args, existing.get());
        if (name != null) {
            if (context.sessions().byName(name).isPresent()) throw new CommandException("duplicate session: " + name);
        }
        SessionGrouping grouping = args.has('t') ? SessionGrouping.of(context, args.value('t')) : null;
        if (name == null) name = grouping == null ? context.sessions().defaultName() : grouping.defaultName(context);
        boolean clientSized = !detached && request.columns() > 0 && request.rows() > 0;
        int wantedColumns = sizeFlag(args, 'x', "width", request.columns(), DEFAULT_COLUMNS, Layout.MAXIMUM_COLUMNS);
        int wantedRows = sizeFlag(args, 'y', "height", request.rows(), DEFAULT_ROWS, Layout.MAXIMUM_ROWS);
        int columns;
        int rows;
        if (clientSized) {
            int statusRows = StatusPlacement.of(context.options().session()).rows();
            columns = args.has('x') ? wantedColumns : request.columns();
            rows = args.has('y') ? wantedRows : Math.max(1, request.rows() - statusRows);
        } else {
            // As tmux: a session no client sizes takes the global default-size, which -x and -y override.
            int[] size = defaultSize(context.options().session().string("default-size"));
            columns = Math.max(1, Math.min(size == null || args.has('x') ? wantedColumns : size[0], Layout.MAXIMUM_COLUMNS));
            rows = Math.max(1, Math.min(size == null || args.has('y') ? wantedRows : size[1], Layout.MAXIMUM_ROWS));
        }
        Session session = grouping == null ? context.panes().newSession(name, columns, rows, PaneSpawn.of(context, args, null))
                : grouping.create(context, name, columns, rows, PaneSpawn.of(context, args, null));
        if (args.has('x') || args.has('y')) {
            session.options().put("default-size", (args.has('x') ? wantedColumns : columns) + "x" + (args.has('y') ? wantedRows : rows));
        }
        if (args.has('n')) session.currentWindow().nameFromSpawn(args.value('n'));
        NewPanePrint.print(context, args, session.activePane(), NewPanePrint.SESSION_FORMAT);
        if (detached) return CommandResult.DONE;
        context.requester().attach(session);
        return CommandResult.ATTACHED;
    }

    /** -x or -y: a number, or {@code -} for the client's size (tmux's default where there is none). */
    private static int sizeFlag(ParsedArgs args, char flag, String noun, int clientSize, int fallback, int max)
            throws CommandException {
        if ("-".equals(args.value(flag))) return clientSize > 0 ? clientSize : fallback;
        return args.intValue(flag, noun, fallback, 1, max);
    }

    /** default-size's width and height, read as tmux reads them ({@code %ux%u}); null unless both are there. */
    private static int[] defaultSize(String text) {
        int x = text.indexOf('x');
        if (x <= 0 || x == text.length() - 1) return null;
        try {
            return new int[] {Integer.parseInt(text.substring(0, x)), Integer.parseInt(text.substring(x + 1))};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * -A: the session named by -s, else the one -t names (found as any target session is; none if
     * it names no session, which then names the new session's group), else the current one, as
     * tmux looks it up.
     */
    private static Optional<Session> existing(CommandContext context, String name, String target) {
        if (name != null) return context.sessions().byName(name);
        if (target != null) {
            try {
                return Optional.of(Targets.session(context, target));
            } catch (CommandException notFound) {
                return Optional.empty();
            }
        }
        Session current = context.attachedSession();
        return current != null ? Optional.of(current) : context.sessions().mostRecentlyUsed();
    }

    /**
     * -A with a session that exists: attach-session to it, -D detaching its other clients (-X also
     * hanging up the shells that started them).
     */
    private static CommandResult attachExisting(CommandContext context, ParsedArgs args, Session session)
            throws CommandException {
        if (!context.requester().request().terminal()) throw new CommandException("open terminal failed: not a terminal");
        if (args.has('D') || args.has('X')) context.clients().detachAll(session, null, args.has('X'));
        context.requester().attach(session);
        return CommandResult.ATTACHED;
    }
}
