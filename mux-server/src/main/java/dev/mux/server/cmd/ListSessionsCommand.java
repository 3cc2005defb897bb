package dev.mux.server.cmd;

import dev.mux.server.format.Formats;
import dev.mux.server.model.Session;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** list-sessions: one line per session, in tmux's default format or the one -F gives. */
final class ListSessionsCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-sessions", "ls", "F:", 0, 0, "[-F format]"),
            ListSessionsCommand::run);
    /** The C library's ctime() layout, which tmux uses for #{t:session_created}. */
    private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);

    private static CommandResult run(CommandContext context, ParsedArgs args) {
        for (Session session : context.sessions().all()) {
            if (args.has('F')) {
                context.out().print(Formats.expand(args.value('F'), context.formatVariables(session.activePane())));
                continue;
            }
            String created = CTIME.format(session.created().atZone(ZoneId.systemDefault()));
            String attached = context.clients().isAttached(session) ? " (attached)" : "";
            context.out().print(session.name() + ": " + session.windows().size() + " windows (created " + created + ")" + attached);
        }
        return CommandResult.DONE;
    }
}
