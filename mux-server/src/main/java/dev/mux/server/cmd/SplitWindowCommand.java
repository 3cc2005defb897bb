package dev.mux.server.cmd;

import dev.mux.server.layout.Geometry;
import dev.mux.server.layout.Split;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;

/**
 * split-window: a new pane beside (-h) or below (-v, the default) the target pane, or with -f
 * beside or below the whole window; -Z zooms the window's active pane afterwards, -P prints the
 * new pane.
 */
final class SplitWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("split-window", "splitw", "bc:de:fF:hvl:p:Pt:Z", 0, -1,
            "[-bdfhPvZ] [-c start-directory] [-e environment] [-F format] [-l size] [-p percentage] [-t target-pane] [shell-command]",
            TargetKind.PANE),
            SplitWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane target = args.target().pane();
        Split split = args.has('h') ? Split.LEFT_RIGHT : Split.TOP_BOTTOM;
        Window window = target.window();
        // A percentage is of the pane split, or with -f of the whole window.
        Geometry geometry = args.has('f') ? new Geometry(0, 0, window.layout().columns(), window.layout().rows())
                : window.geometry(target);
        int along = split == Split.LEFT_RIGHT ? geometry.columns() : geometry.rows();
        int size = size(args, along);
        PaneSpawn spawn = PaneSpawn.of(context, args, window.session().activePane());
        Pane pane = context.panes().splitWindow(target, split, size, args.has('b'), args.has('f'), spawn,
                !args.has('d'));
        if (args.has('Z') && window.zoomedPane() == null) window.toggleZoom(window.activePane());
        NewPanePrint.print(context, args, pane, NewPanePrint.PANE_FORMAT);
        return CommandResult.DONE;
    }

    /** -l N, -l N% or -p N, as cells of the new pane; -1 (half) when none is given. */
    private static int size(ParsedArgs args, int along) throws CommandException {
        String length = args.value('l');
        if (length != null && length.endsWith("%")) return percent(length.substring(0, length.length() - 1), along);
        if (length != null) return Sizes.parse(length, "size", 1, Integer.MAX_VALUE);
        if (args.has('p')) return percent(args.value('p'), along);
        return -1;
    }

    private static int percent(String text, int along) throws CommandException {
        int percentage = Sizes.parse(text, "percentage", 0, 100);
        return Math.max(1, along * percentage / 100);
    }
}
