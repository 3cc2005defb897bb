package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.tree.Chooser;
import dev.mux.server.style.StyleParser;
import dev.mux.server.tree.ModeTree;
import dev.mux.server.tree.TreeMode;
import java.util.function.Function;

/**
 * What choose-tree, choose-client, choose-buffer and customize-mode share: the tree's flags
 * ({@code -N} no preview, {@code -O} sort order, {@code -r} reversed, {@code -f} filter), the
 * zoom of {@code -Z} (undone when the mode ends, if it zoomed), the template argument, and
 * entering the mode on the target pane.
 */
final class TreeModes {
    private TreeModes() {}

    /** Zooms the pane for -Z if its window is not zoomed; returns what undoes it when the mode ends. */
    static Runnable zoom(ParsedArgs args, Pane pane) {
        Window window = pane.window();
        if (!args.has('Z') || window.zoomedPane() != null || window.panes().size() < 2) return () -> { };
        window.toggleZoom(pane);
        return () -> {
            // A pane that ended leaves its modes after it left its window: nothing to undo then.
            if (window.zoomedPane() == pane && window.panes().contains(pane)) window.toggleZoom(pane);
        };
    }

    /**
     * Enters the mode named {@code name} on {@code pane}, a tree over the chooser {@code make}
     * builds (given the undoing of the zoom), starting on {@code initialTag}, running the
     * template argument or {@code defaultCommand} on Enter. A pane already in the mode only
     * brings it to the top, as tmux's.
     */
    static void enter(CommandContext context, ParsedArgs args, Pane pane, String name, String defaultCommand,
                      Function<Runnable, Chooser> make, Function<Chooser, Object> initialTag) {
        String command = args.positional().isEmpty() ? defaultCommand : args.positional(0);
        long style = StyleParser.cell(pane.options().string("mode-style"));
        pane.modes().enter(name, () -> {
            Chooser chooser = make.apply(zoom(args, pane));
            var screen = pane.terminal().screen();
            ModeTree tree = new ModeTree(chooser, screen.columns(), screen.rows(), args.value('O'), args.has('r'),
                    args.value('f'), args.has('N'));
            tree.build(initialTag.apply(chooser));
            return new TreeMode(name, tree, chooser, command, style);
        }, context.modeServices());
    }
}
