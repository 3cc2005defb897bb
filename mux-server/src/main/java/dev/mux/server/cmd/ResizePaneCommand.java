package dev.mux.server.cmd;

import dev.mux.server.layout.Direction;
import dev.mux.server.layout.Layout;
import dev.mux.server.model.Pane;
import dev.mux.server.mouse.MouseKey;

/**
 * resize-pane: moves the pane's edge -L/-R/-U/-D by an adjustment (default 1); -Z zooms or unzooms
 * it; -M, from a mouse binding, drags the border under the mouse.
 */
final class ResizePaneCommand {
    static final Command COMMAND = new Command(new CommandSpec("resize-pane", "resizep", "DLMRUZt:", 0, 1,
            "[-DLMRUZ] [-t target-pane] [adjustment]", TargetKind.PANE), ResizePaneCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane target = args.target().pane();
        if (args.has('M')) {
            // From a mouse binding: the border under the button follows it; nothing without a mouse key.
            MouseKey mouse = context.requester().mouse();
            if (mouse != null && mouse.place().session() == context.attachedSession()) MouseDrags.border(context, mouse);
            return CommandResult.DONE;
        }
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
