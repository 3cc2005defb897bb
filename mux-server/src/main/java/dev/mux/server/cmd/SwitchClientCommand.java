package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import java.util.List;

/**
 * switch-client: moves the client to another session, as tmux 3.3a does. -t names the session, or
 * with a window or pane part (a {@code :}, {@code .} or {@code %}) also the window and pane to
 * make current there; -n, -p and -l take the next, previous (by name, wrapping) or last session; -T
 * only chooses the key table of the client's next key. -c names the client (else the current one:
 * the requester, or run from outside one the client of the latest session); -r and -E are accepted (mux has no read-only clients; the environment is updated
 * as on attach).
 */
final class SwitchClientCommand {
    static final Command COMMAND = new Command(new CommandSpec("switch-client", "switchc", "lc:EFnpt:rT:Z", 0, 0,
            "[-ElnprZ] [-c target-client] [-t target-session] [-T key-table]"), SwitchClientCommand::run);

    private SwitchClientCommand() {
    }

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Requester client = context.requester().targetClient(args.value('c'));
        Session current = client.attachedSession();
        Target target = target(context, args.value('t'));
        if (args.has('T')) {
            String table = args.value('T');
            if (!context.keyBindings().hasTable(table)) throw new CommandException("table " + table + " doesn't exist");
            client.useKeyTable(table);
            return CommandResult.DONE;
        }
        Session session = target.session();
        if (args.has('n') || args.has('p')) {
            session = neighbour(context, current, args.has('n'));
            if (session == null) {
                throw new CommandException("can't find " + (args.has('n') ? "next" : "previous") + " session");
            }
        } else if (args.has('l')) {
            Session last = client.lastSession();
            if (last == null || !context.sessions().all().contains(last)) {
                throw new CommandException("can't find last session");
            }
            session = last;
        } else {
            selectWithin(target, args.has('Z'));
        }
        client.attach(session);
        return CommandResult.DONE;
    }

    /** -t is a session, or with a window or pane part, a pane, as tmux decides by the characters it holds. */
    private static Target target(CommandContext context, String text) throws CommandException {
        boolean pane = text != null && text.chars().anyMatch(c -> c == ':' || c == '.' || c == '%');
        return Target.resolve(pane ? TargetKind.PANE : TargetKind.SESSION, context, text);
    }

    private static void selectWithin(Target target, boolean keepZoom) {
        Window window = target.window();
        Pane pane = target.pane();
        if (window == null) return;
        if (pane != null && pane != window.activePane()) {
            if (window.zoomedPane() != null && !keepZoom) window.toggleZoom(window.zoomedPane());
            window.select(pane);
        }
        if (target.link() != null) target.session().select(target.link());
    }

    /** The session after (or before) {@code current} in name order, wrapping; null when it is the only one. */
    private static Session neighbour(CommandContext context, Session current, boolean next) {
        List<Session> sessions = context.sessions().all();
        int at = sessions.indexOf(current);
        Session found = sessions.get(Math.floorMod(at + (next ? 1 : -1), sessions.size()));
        return found == current ? null : found;
    }
}
