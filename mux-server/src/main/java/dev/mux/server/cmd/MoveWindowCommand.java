package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import java.util.List;
import java.util.Optional;

/**
 * move-window: puts the source window (-s) at the target index (-t: a free index, or the lowest
 * free one of a session), in its session or another; -a and -b put it after or before the target
 * window, moving later ones up; -k replaces a window at the index; -d leaves the current window
 * as it is. -r renumbers the target session's windows instead.
 */
final class MoveWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("move-window", "movew", "abdkrs:t:", 0, 0,
            "[-abdkr] [-s src-window] [-t dst-window]").target(TargetKind.WINDOW_INDEX, TargetPolicy.CAN_FAIL)
            .source(TargetKind.WINDOW), MoveWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (args.has('r')) return renumber(context, args);
        Window window = args.source().window();
        Target slot = args.target();
        Session from = window.session();
        Session to = slot.session();
        int index = WindowPlacement.index(context, args, slot);
        Window replaced = index >= 0 ? to.windowAt(index).orElse(null) : null;
        if (replaced == window) throw new CommandException("same index: " + index);
        if (replaced != null && !args.has('k')) throw new CommandException("index in use: " + index);
        boolean select = !args.has('d') || (replaced != null && replaced == to.currentWindow());
        if (replaced != null) context.sessions().setAside(replaced);
        if (index < 0) index = to.lowestFreeIndex();
        Optional<Session> emptied = context.sessions().moveWindow(window, to, index, select);
        emptied.ifPresent(context.clients()::sessionEnded);
        if (!args.has('s') && emptied.isEmpty() && from.options().flag("renumber-windows")) {
            context.sessions().renumberWindows(from);
        }
        return replaced == null ? CommandResult.DONE : context.stops().killWindows(List.of(replaced));
    }

    /** -r: tmux looks the session up quietly, so one that does not exist is no error. */
    private static CommandResult renumber(CommandContext context, ParsedArgs args) {
        try {
            context.sessions().renumberWindows(Targets.session(context, args.value('t')));
        } catch (CommandException e) {
            // Nothing to renumber.
        }
        return CommandResult.DONE;
    }
}
