package dev.mux.server.cmd;

import dev.mux.server.model.Session;

/**
 * refresh-client: draws the client anew (-S: tmux redraws only the status line; mux redraws the
 * whole client, which includes it). mux clients have no names, so -t names a session, whose
 * clients are redrawn; without it, the requester's session, else every attached client. tmux's
 * panning of a window larger than the client (-c, -D, -L, -R, -U), its clipboard query (-l) and
 * the control-mode flags (-A, -B, -C, -f, -F) are accepted and only redraw.
 */
final class RefreshClientCommand {
    static final Command COMMAND = new Command(new CommandSpec("refresh-client", "refresh", "A:B:cC:Df:F:lLRSt:U",
            0, 1, "[-cDlLRSU] [-A pane:state] [-B name:what:format] [-C XxY] [-f flags] [-t target-client] "
            + "[adjustment]").target(TargetKind.SESSION, TargetPolicy.OPTIONAL), RefreshClientCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Target target = args.target();
        Session session = target != null ? target.session() : context.attachedSession();
        if (!context.clients().redraw(session)) throw new CommandException("no current client");
        return CommandResult.DONE;
    }
}
