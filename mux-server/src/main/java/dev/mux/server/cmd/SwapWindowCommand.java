package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.model.Window;

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
        Window target = args.target().window();
        Window source = MarkedDefault.window(context, args);
        if (source == target) return CommandResult.DONE;
        Session sourceSession = source.session();
        Session targetSession = target.session();
        context.sessions().swapWindows(source, target);
        if (args.has('d')) {
            targetSession.select(source);
            if (sourceSession != targetSession) sourceSession.select(target);
        }
        return CommandResult.DONE;
    }
}
