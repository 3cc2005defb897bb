package dev.mux.server.cmd;

import dev.mux.server.format.Formats;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import java.util.List;

/** list-windows: one line per window of the target session (-a: of every session), in tmux's format. */
final class ListWindowsCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-windows", "lsw", "aF:t:", 0, 0,
            "[-a] [-F format] [-t target-session]").target(TargetKind.SESSION, TargetPolicy.CAN_FAIL),
            ListWindowsCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        List<Session> sessions = args.has('a') ? context.sessions().all() : List.of(args.target().session());
        for (Session session : sessions) {
            for (Window window : session.windows()) {
                String prefix = args.has('a') ? session.name() + ":" : "";
                context.out().print(args.has('F') ? Formats.expand(args.value('F'), context.formatVariables(window.activePane()))
                        : prefix + describe(session, window));
            }
        }
        return CommandResult.DONE;
    }

    private static String describe(Session session, Window window) {
        String flag = window == session.currentWindow() ? "*" : window == session.lastWindow() ? "-" : "";
        String active = window == session.currentWindow() ? " (active)" : "";
        return window.index() + ": " + window.name() + flag + " (" + window.panes().size() + " panes) ["
                + session.columns() + "x" + session.rows() + "] @" + window.id() + active;
    }
}
