package dev.mux.server.cmd;

import dev.mux.server.format.FormatContext;
import dev.mux.server.model.Session;
import dev.mux.server.model.Winlink;
import java.util.List;

/** list-windows: one line per window of the target session (-a: of every session), in tmux's format or -F's. */
final class ListWindowsCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-windows", "lsw", "aF:f:t:", 0, 0,
            "[-a] [-F format] [-f filter] [-t target-session]").target(TargetKind.SESSION, TargetPolicy.CAN_FAIL),
            ListWindowsCommand::run);
    /** tmux 3.3a's line for a window of the target session. */
    static final String TEMPLATE = "#{window_index}: #{window_name}#{window_raw_flags} (#{window_panes} panes) "
            + "[#{window_width}x#{window_height}] [layout #{window_layout}] #{window_id}#{?window_active, (active),}";
    /** tmux 3.3a's line for a window with -a: the session first, and no layout or id. */
    static final String ALL_TEMPLATE = "#{session_name}:#{window_index}: #{window_name}#{window_raw_flags} "
            + "(#{window_panes} panes) [#{window_width}x#{window_height}] ";

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        boolean all = args.has('a');
        List<Session> sessions = all ? context.sessions().all() : List.of(args.target().session());
        ListFormat list = new ListFormat(context, args, all ? ALL_TEMPLATE : TEMPLATE);
        FormatContext base = FormatContext.of(context.formats());
        for (Session session : sessions) {
            for (Winlink link : session.winlinks()) list.print(base.withLink(link));
        }
        return CommandResult.DONE;
    }
}
