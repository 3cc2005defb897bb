package dev.mux.server.cmd;

import dev.mux.server.layout.Direction;
import dev.mux.server.layout.Layout;
import dev.mux.server.model.Pane;

/** resize-pane: moves the pane's edge -L/-R/-U/-D by an adjustment (default 1); -Z zooms or unzooms it. */
final class ResizePaneCommand {
    static final Command COMMAND = new Command(new CommandSpec("resize-pane", "resizep", "DLRUZt:", 0, 1,
            "[-DLRUZ] [-t target-pane] [adjustment]", TargetKind.PANE), ResizePaneCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane target = args.target().pane();
        if (args.has('Z')) {
            target.window().toggleZoom(target);
            return CommandResult.DONE;
        }
        int adjustment = args.positional().isEmpty() ? 1 : Sizes.parse(args.positional().get(0), "adjustment", 1, Layout.MAXIMUM_COLUMNS);
        Direction direction = SelectPaneCommand.direction(args);
        if (direction != null) target.window().resizePane(target, direction, adjustment);
        return CommandResult.DONE;
    }
}
