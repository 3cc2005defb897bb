package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import java.util.Optional;

/**
 * break-pane: moves a pane, still running, into a window of its own, made current unless -d; -P
 * prints it. -t names where the window goes (a session and maybe an index, which must be free),
 * -a and -b the place after or before the target window. A pane alone in its window moves with its
 * window, as tmux 3.3a does.
 */
final class BreakPaneCommand {
    static final Command COMMAND = new Command(new CommandSpec("break-pane", "breakp", "abdPF:n:s:t:", 0, 0,
            "[-abdP] [-F format] [-n window-name] [-s src-pane] [-t dst-window]").target(TargetKind.WINDOW_INDEX)
            .source(TargetKind.PANE), BreakPaneCommand::run);

    private BreakPaneCommand() {}

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.source().pane();
        Target slot = args.target();
        Session to = slot.session();
        int index = WindowPlacement.index(context, args, slot);
        Window from = pane.window();
        if (from.zoomedPane() != null) from.toggleZoom(from.zoomedPane());
        if (index >= 0 && to.windowAt(index).isPresent()) throw new CommandException("index in use: " + index);
        if (from.panes().size() == 1) {
            int free = index >= 0 ? index : to.lowestFreeIndex();
            Optional<Session> emptied = context.sessions().places().moveWindow(args.source().link(), to, free, !args.has('d'));
            emptied.ifPresent(context.clients()::sessionEnded);
            if (args.has('n')) {
                from.rename(args.value('n'));
                from.disableAutomaticRename();
            }
            return CommandResult.DONE;
        }
        Window window = context.sessions().breakPane(pane, args.value('n', context.panes().windowName(pane)), to, index);
        if (args.has('n')) window.disableAutomaticRename();
        if (!args.has('d')) to.select(window);
        NewPanePrint.print(context, args, pane, NewPanePrint.PANE_FORMAT);
        return CommandResult.DONE;
    }
}
