package dev.mux.server.cmd;

import dev.mux.server.layout.Direction;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;

/** select-pane: makes the target pane active, or the one beside it (-L/-R/-U/-D), or the last one (-l). */
final class SelectPaneCommand {
    static final Command COMMAND = new Command(new CommandSpec("select-pane", "selectp", "DLlRUt:", 0, 0,
            "[-DLlRU] [-t target-pane]", TargetKind.PANE), SelectPaneCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane target = args.target().pane();
        Window window = target.window();
        if (args.has('l')) {
            Pane last = window.lastActivePane();
            if (last == null) throw new CommandException("no last pane");
            window.select(last);
            return CommandResult.DONE;
        }
        Direction direction = direction(args);
        if (direction != null) {
            window.neighbour(target, direction).ifPresent(window::select);
            return CommandResult.DONE;
        }
        window.select(target);
        window.session().select(window);
        return CommandResult.DONE;
    }

    static Direction direction(ParsedArgs args) {
        if (args.has('L')) return Direction.LEFT;
        if (args.has('R')) return Direction.RIGHT;
        if (args.has('U')) return Direction.UP;
        if (args.has('D')) return Direction.DOWN;
        return null;
    }
}
