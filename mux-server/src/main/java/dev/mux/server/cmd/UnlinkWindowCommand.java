package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.model.SessionGroup;
import dev.mux.server.model.Winlink;
import java.util.List;

/**
 * unlink-window: takes the target window out of the target session, leaving it wherever else it is
 * linked. A window shown only there (in a group: only in the group's sessions) is refused unless
 * -k, which then ends it.
 */
final class UnlinkWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("unlink-window", "unlinkw", "kt:", 0, 0,
            "[-k] [-t target-window]", TargetKind.WINDOW), UnlinkWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Winlink link = args.target().link();
        if (!args.has('k') && !linkedElsewhere(link)) throw new CommandException("window only linked to one session");
        List<Session> emptied = context.sessions().places().unlink(link);
        emptied.forEach(context.clients()::sessionEnded);
        if (!link.window().links().isEmpty()) return CommandResult.DONE;
        return context.stops().killWindows(List.of(link.window()));
    }

    /** tmux's session_is_linked: the window has more places than its session's group has sessions. */
    static boolean linkedElsewhere(Winlink link) {
        SessionGroup group = link.session().group();
        int shared = group == null ? 1 : group.members().size();
        return link.window().links().size() != shared;
    }
}
