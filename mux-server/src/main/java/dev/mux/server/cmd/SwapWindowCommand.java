package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.model.Winlink;

/**
 * swap-window: the source (-s, else the marked pane's window, else the current one) and target
 * windows exchange places, in one session or across two. As in tmux 3.3a, -d makes each place
 * its session's current window.
 */
final class SwapWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("swap-window", "swapw", "ds:t:", 0, 0,
            "[-d] [-s src-window] [-t dst-window]", TargetKind.WINDOW).source(TargetKind.WINDOW),
            SwapWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Winlink target = args.target().link();
        Winlink source = MarkedDefault.link(context, args);
        Session sourceSession = source.session();
        Session targetSession = target.session();
        if (sourceSession != targetSession && sourceSession.group() != null && sourceSession.group() == targetSession.group()) {
            throw new CommandException("can't move window, sessions are grouped");
        }
        if (source.window() == target.window()) return CommandResult.DONE;
        context.sessions().places().swapWindows(source, target);
        if (args.has('d')) {
            targetSession.select(target);
            if (sourceSession != targetSession) sourceSession.select(source);
        }
        return CommandResult.DONE;
    }
}
