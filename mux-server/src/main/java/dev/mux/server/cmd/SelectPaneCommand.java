package dev.mux.server.cmd;

import dev.mux.server.layout.Direction;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;

/**
 * select-pane: makes the target pane active, or the one beside it (-L/-R/-U/-D), or the last one
 * (-l); -d and -e turn a pane's input off and on, -m and -M mark and unmark it, -T sets its
 * title, -Z keeps a zoomed window zoomed. -P sets the pane's own window-style and
 * window-active-style (as tmux 3.3a still does) and -g prints its window-style.
 */
final class SelectPaneCommand {
    static final Command COMMAND = new Command(new CommandSpec("select-pane", "selectp", "DdegLlMmP:RT:t:UZ", 0, 0,
            "[-DdeLlMmRUZ] [-T title] [-t target-pane]", TargetKind.PANE), SelectPaneCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane target = args.target().pane();
        Window window = target.window();
        if (args.has('l')) return PaneSelection.last(window, args);
        if (args.has('m') || args.has('M')) {
            mark(context.sessions(), target, args.has('M'));
            return CommandResult.DONE;
        }
        if (args.has('P')) {
            target.options().put("window-style", args.value('P'));
            target.options().put("window-active-style", args.value('P'));
        }
        if (args.has('g')) {
            context.out().print(target.options().string("window-style"));
            return CommandResult.DONE;
        }
        Pane pane = target;
        Direction direction = direction(args);
        if (direction != null) {
            pane = window.neighbour(target, direction).orElse(null);
            if (pane == null) return CommandResult.DONE;
        }
        if (PaneSelection.inputSwitch(pane, args)) return CommandResult.DONE;
        if (args.has('T')) {
            pane.setTitle(context.expand(args.value('T'), pane));
            return CommandResult.DONE;
        }
        // As in tmux, the window does not become its session's current one; a client with
        // active-pane changes only its own pane, and nothing is told.
        if (pane == context.requester().currentPane(window) || context.requester().selectOwnPane(pane)) {
            return CommandResult.DONE;
        }
        PaneSelection.select(window, pane, args.has('Z'));
        return CommandResult.DONE;
    }

    /** -m marks the pane, or clears the mark if it is the marked one; -M clears the mark. */
    private static void mark(Sessions sessions, Pane pane, boolean clear) {
        boolean marked = sessions.markedPane().filter(p -> p == pane).isPresent();
        sessions.mark(clear || marked ? null : pane);
    }

    static Direction direction(ParsedArgs args) {
        if (args.has('L')) return Direction.LEFT;
        if (args.has('R')) return Direction.RIGHT;
        if (args.has('U')) return Direction.UP;
        if (args.has('D')) return Direction.DOWN;
        return null;
    }
}
