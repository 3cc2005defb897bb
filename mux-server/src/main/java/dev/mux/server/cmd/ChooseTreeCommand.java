package dev.mux.server.cmd;

import dev.mux.server.choose.ChooseTree;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;

/**
 * choose-tree: a tree of sessions, windows and panes in the target pane, to choose one to switch
 * to (or run the template for); -s starts with sessions collapsed, -w with windows collapsed.
 */
final class ChooseTreeCommand {
    static final Command COMMAND = new Command(new CommandSpec("choose-tree", null, "F:f:GK:NO:rst:wZ", 0, 1,
            "[-GNrswZ] [-F format] [-f filter] [-K key-format] [-O sort-order] [-t target-pane] [template]",
            TargetKind.PANE), ChooseTreeCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        Session session = args.target().session();
        ChooseTree.Level level = args.has('s') ? ChooseTree.Level.SESSIONS
                : args.has('w') ? ChooseTree.Level.WINDOWS : ChooseTree.Level.PANES;
        TreeModes.enter(context, args, pane, ChooseTree.NAME, ChooseTree.DEFAULT_COMMAND,
                unzoom -> new ChooseTree(context.sessions(), context.formatContext(null), level, args.value('F'),
                        args.value('K'), pane, unzoom).squashGroupsAround(args.has('G') ? null : session),
                chooser -> ((ChooseTree) chooser).initialTag());
        return CommandResult.DONE;
    }
}
