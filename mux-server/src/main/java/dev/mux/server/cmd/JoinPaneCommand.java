package dev.mux.server.cmd;

import dev.mux.server.layout.Geometry;
import dev.mux.server.layout.LayoutException;
import dev.mux.server.layout.Split;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import java.util.Optional;

/**
 * join-pane and move-pane: moves the source pane (-s, else the marked pane, else the current one),
 * still running, beside the target by splitting it (-h left-right, else top-bottom; -b before it;
 * -l or -p its size) and makes it active unless -d. A window left without panes goes.
 */
final class JoinPaneCommand {
    static final Command JOIN = new Command(spec("join-pane", "joinp"), JoinPaneCommand::run);
    static final Command MOVE = new Command(spec("move-pane", "movep"), JoinPaneCommand::run);

    private static CommandSpec spec(String name, String alias) {
        return new CommandSpec(name, alias, "bdfhvp:l:s:t:", 0, 0,
                "[-bdfhv] [-l size] [-s src-pane] [-t dst-pane]", TargetKind.PANE).source(TargetKind.PANE);
    }

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane target = args.target().pane();
        Pane pane = MarkedDefault.pane(context, args);
        Window to = target.window();
        unzoom(to);
        unzoom(pane.window());
        if (pane == target) throw new CommandException("source and target panes must be different");
        if (args.has('f')) throw new CommandException("create pane failed: -f is not supported");
        Split split = args.has('h') ? Split.LEFT_RIGHT : Split.TOP_BOTTOM;
        int size = size(args, target, split);
        Optional<Session> emptied;
        try {
            emptied = context.sessions().joinPane(pane, target, split, size, args.has('b'));
        } catch (LayoutException e) {
            throw new CommandException("create pane failed: pane too small");
        }
        if (!args.has('d')) {
            to.select(pane);
            args.target().session().select(args.target().link());
        }
        emptied.ifPresent(context.clients()::sessionEnded);
        return CommandResult.DONE;
    }

    /** -l N, -l N% or -p N of the target's size along the split; tmux words every error "size ...". */
    private static int size(ParsedArgs args, Pane target, Split split) throws CommandException {
        Geometry geometry = target.window().geometry(target);
        int along = split == Split.LEFT_RIGHT ? geometry.columns() : geometry.rows();
        String length = args.value('l');
        if (length != null && length.endsWith("%")) {
            return along * Sizes.parse(length.substring(0, length.length() - 1), "size", 0, Integer.MAX_VALUE) / 100;
        }
        if (length != null) return Sizes.parse(length, "size", 0, Integer.MAX_VALUE);
        if (args.has('p')) return along * Sizes.parse(args.value('p'), "size", 0, 100) / 100;
        return -1;
    }

    private static void unzoom(Window window) {
        if (window.zoomedPane() != null) window.toggleZoom(window.zoomedPane());
    }
}
