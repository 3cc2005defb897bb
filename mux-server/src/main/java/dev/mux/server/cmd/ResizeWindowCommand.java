package dev.mux.server.cmd;

import dev.mux.server.layout.Layout;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;

/**
 * resize-window: gives the window a size of its own (-x, -y, or -L/-R/-U/-D by the adjustment),
 * which it keeps when its session's size changes (window-size becomes manual for it); -A and -a
 * give it its session's size again.
 */
final class ResizeWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("resize-window", "resizew", "aADLRt:Ux:y:", 0, 1,
            "[-aADLRU] [-x width] [-y height] [-t target-window] [adjustment]", TargetKind.WINDOW),
            ResizeWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Window window = args.target().window();
        int adjust = args.positional().isEmpty() ? 1
                : Sizes.parse(args.positional(0), "adjustment", 1, Integer.MAX_VALUE);
        int columns = args.intValue('x', "width", window.layout().columns(), 1, Layout.MAXIMUM_COLUMNS);
        int rows = args.intValue('y', "height", window.layout().rows(), 1, Layout.MAXIMUM_ROWS);
        if (args.has('L')) {
            if (columns >= adjust) columns -= adjust;
        } else if (args.has('R')) {
            columns += adjust;
        } else if (args.has('U')) {
            if (rows >= adjust) rows -= adjust;
        } else if (args.has('D')) {
            rows += adjust;
        }
        if (args.has('A') || args.has('a')) {
            // mux sizes a session to its clients (or -x/-y): that is the largest and smallest size here.
            Session session = window.session();
            columns = session.columns();
            rows = session.rows();
        }
        window.resizeManually(Math.max(1, columns), Math.max(1, rows));
        return CommandResult.DONE;
    }
}
