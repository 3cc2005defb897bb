package dev.mux.server.cmd;

import dev.mux.server.layout.Direction;
import dev.mux.server.layout.Geometry;
import dev.mux.server.layout.Layout;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.mouse.MouseKey;

/**
 * resize-pane: moves the pane's edge -L/-R/-U/-D by an adjustment (default 1), or gives it a width
 * (-x) or height (-y), in cells or a percentage of the window; -Z zooms or unzooms it; -M, from a
 * mouse binding, drags the border under the mouse (from a command line, with no mouse event, it
 * does nothing, as in tmux); -T trims the rows below the cursor, bringing history back above
 * (nothing while the pane is in a mode).
 */
final class ResizePaneCommand {
    static final Command COMMAND = new Command(new CommandSpec("resize-pane", "resizep", "DLMRTt:Ux:y:Z", 0, 1,
            "[-DLMRTUZ] [-x width] [-y height] [-t target-pane] [adjustment]", TargetKind.PANE), ResizePaneCommand::run);

    private ResizePaneCommand() {}

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane target = args.target().pane();
        Window window = target.window();
        if (args.has('T')) {
            if (target.modes().isEmpty()) target.terminal().screen().trimBelowCursor();
            return CommandResult.DONE;
        }
        if (args.has('M')) {
            MouseKey mouse = context.requester().mouse();
            if (mouse != null && mouse.place().session() == context.attachedSession()) MouseDrags.border(context, mouse);
            return CommandResult.DONE;
        }
        if (args.has('Z')) {
            window.toggleZoom(target);
            return CommandResult.DONE;
        }
        if (window.zoomedPane() != null) window.toggleZoom(window.zoomedPane());
        int adjustment = args.positional().isEmpty() ? 1 : Sizes.parse(args.positional().get(0), "adjustment", 1, Layout.MAXIMUM_COLUMNS);
        if (args.has('x')) {
            int width = size(args.value('x'), "width", window.layout().columns());
            resizeTo(window, target, width, true);
        }
        if (args.has('y')) {
            int height = size(args.value('y'), "height", window.layout().rows());
            resizeTo(window, target, height, false);
        }
        Direction direction = SelectPaneCommand.direction(args);
        if (direction != null) window.resizePane(target, direction, adjustment);
        return CommandResult.DONE;
    }

    /**
     * -x/-y as tmux's layout_resize_pane_to: the border after the pane moves, or for a pane at the
     * far edge the border before it, so that the pane takes {@code wanted} cells.
     */
    private static void resizeTo(Window window, Pane pane, int wanted, boolean across) {
        Geometry cell = window.layout().geometry(pane);
        int size = across ? cell.columns() : cell.rows();
        boolean last = across ? cell.x() + cell.columns() >= window.layout().columns()
                : cell.y() + cell.rows() >= window.layout().rows();
        int change = last ? size - wanted : wanted - size;
        Direction grow = across ? Direction.RIGHT : Direction.DOWN;
        Direction shrink = across ? Direction.LEFT : Direction.UP;
        if (change != 0) window.resizePane(pane, change > 0 ? grow : shrink, Math.abs(change));
    }

    /** A size as tmux's args_percentage reads it: cells, or with a trailing % a share of {@code whole}. */
    private static int size(String text, String noun, int whole) throws CommandException {
        if (text.endsWith("%")) {
            return whole * Sizes.parse(text.substring(0, text.length() - 1), noun, 0, Integer.MAX_VALUE) / 100;
        }
        return Sizes.parse(text, noun, 0, Integer.MAX_VALUE);
    }
}
