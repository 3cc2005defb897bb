package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;
import java.util.List;
import java.util.Optional;

/**
 * move-window and link-window: put the source window (-s) at the target index (-t: a free index, or
 * the lowest free one of a session), in its session or another; move-window then takes it out of
 * its old place, link-window leaves it there too. -a and -b put it after or before the target
 * window, moving later ones up; -k replaces a window at the index (which ends if that was its last
 * place); -d leaves the current window as it is. move-window -r renumbers the target session's
 * windows instead.
 */
final class MoveWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("move-window", "movew", "abdkrs:t:", 0, 0,
            "[-abdkr] [-s src-window] [-t dst-window]").target(TargetKind.WINDOW_INDEX, TargetPolicy.CAN_FAIL)
            .source(TargetKind.WINDOW), (context, args) -> run(context, args, false));

    static CommandResult run(CommandContext context, ParsedArgs args, boolean link) throws CommandException {
        if (!link && args.has('r')) return renumber(context, args);
        Winlink source = args.source().link();
        Window window = source.window();
        Session from = source.session();
        Target slot = args.target();
        Session to = slot.session();
        int index = WindowPlacement.index(context, args, slot);
        if (from != to && from.group() != null && from.group() == to.group()) {
            throw new CommandException("sessions are grouped");
        }
        Winlink replaced = index >= 0 ? to.linkAt(index).orElse(null) : null;
        if (replaced != null && replaced.window() == window) throw new CommandException("same index: " + index);
        if (replaced != null && !args.has('k')) throw new CommandException("index in use: " + index);
        boolean select = !args.has('d') || (replaced != null && replaced == to.currentLink());
        if (replaced != null) context.sessions().places().setAside(replaced);
        if (index < 0) index = to.lowestFreeIndex();
        if (link) {
            context.sessions().places().link(window, to, index, select);
        } else {
            Optional<Session> emptied = context.sessions().places().moveWindow(source, to, index, select);
            emptied.ifPresent(context.clients()::sessionEnded);
            if (!args.has('s') && emptied.isEmpty() && from.options().flag("renumber-windows")) {
                context.sessions().places().renumberWindows(from);
            }
        }
        boolean ended = replaced != null && replaced.window().links().isEmpty();
        return ended ? context.stops().killWindows(List.of(replaced.window())) : CommandResult.DONE;
    }

    /** -r: tmux looks the session up quietly, so one that does not exist is no error. */
    private static CommandResult renumber(CommandContext context, ParsedArgs args) {
        try {
            context.sessions().places().renumberWindows(Targets.session(context, args.value('t')));
        } catch (CommandException e) {
            // Nothing to renumber.
        }
        return CommandResult.DONE;
    }
}
