package dev.mux.server.cmd;

import dev.mux.server.format.FormatContext;
import dev.mux.server.model.Session;

/** list-sessions: one line per session, in tmux's default format or the one -F gives, those -f's filter passes. */
final class ListSessionsCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-sessions", "ls", "F:f:", 0, 0,
            "[-F format] [-f filter]"), ListSessionsCommand::run);
    /** tmux 3.3a's line for a session. */
    static final String TEMPLATE = "#{session_name}: #{session_windows} windows (created #{t:session_created})"
            + "#{?session_grouped, (group ,}#{session_group}#{?session_grouped,),}#{?session_attached, (attached),}"
            + "#{?session_resurrected, (resurrected),}";

    private static CommandResult run(CommandContext context, ParsedArgs args) {
        ListFormat list = new ListFormat(context, args, TEMPLATE);
        FormatContext base = FormatContext.of(context.formats());
        for (Session session : context.sessions().all()) list.print(base.withSession(session));
        return CommandResult.DONE;
    }
}
