package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.model.Winlink;

/**
 * kill-session: destroys the session and ends its panes' processes with the stop procedure; -a
 * kills all the others instead. The reply comes when the stop is over. -C kills nothing: it clears
 * the alerts of the session's windows (their flags in this session only, as tmux).
 */
final class KillSessionCommand {
    static final Command COMMAND = new Command(new CommandSpec("kill-session", null, "aCt:", 0, 0,
            "[-aC] [-t target-session]", TargetKind.SESSION), KillSessionCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Session target = args.target().session();
        if (args.has('C')) {
            for (Winlink link : target.winlinks()) {
                link.window().alerts().clear();
                link.clearAlerts();
            }
            return CommandResult.DONE;
        }
        return context.stops().killSessions(KillChoice.of(args, target, context.sessions().all()));
    }
}
