package dev.mux.server.cmd;

import dev.mux.server.layout.Layout;
import dev.mux.server.layout.LayoutException;
import dev.mux.server.layout.Preset;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;

/**
 * select-layout: arranges the window's panes in one of tmux's five layouts, or as a layout string
 * (#{window_layout}) describes; -n and -p cycle like next-layout, -E spreads out the panes around
 * the target evenly, and -o goes back to the layout before the last select-layout.
 */
final class SelectLayoutCommand {
    static final Command COMMAND = new Command(new CommandSpec("select-layout", "selectl", "Enopt:", 0, 1,
            "[-Enop] [-t target-pane] [layout-name]", TargetKind.PANE), SelectLayoutCommand::run);

    private SelectLayoutCommand() {}

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Window window = args.target().window();
        Pane pane = args.target().pane();
        String old = window.keepOldLayout(window.layout().describe(Pane::id));
        Preset current = window.preset();
        if (args.has('n')) {
            window.apply(current == null ? Preset.EVEN_HORIZONTAL : current.next());
        } else if (args.has('p')) {
            window.apply(current == null ? Preset.TILED : current.previous());
        } else if (args.has('E')) {
            window.spreadOut(pane);
        } else {
            String name = args.positional().isEmpty() ? null : args.positional().get(0);
            if (!args.has('o')) {
                Preset chosen = name == null ? current : Layout.presetNamed(name).orElse(null);
                if (chosen != null) {
                    window.apply(chosen);
                    return CommandResult.DONE;
                }
            }
            String layout = name == null && args.has('o') ? old : name;
            if (layout != null) restore(context, window, layout, old);
        }
        return CommandResult.DONE;
    }

    /**
     * A layout string, at its own size; a window of an attached session then goes back to the
     * size its clients give it, as tmux recalculates sizes after select-layout.
     */
    private static void restore(CommandContext context, Window window, String layout, String old) throws CommandException {
        int columns = window.layout().columns();
        int rows = window.layout().rows();
        try {
            window.restoreLayout(layout);
        } catch (LayoutException e) {
            window.keepOldLayout(old);
            throw new CommandException(e.getMessage() + ": " + layout);
        }
        Session session = window.session();
        if (context.clients().isAttached(session) && Session.followsClients(window, session.currentWindow())) {
            context.sessions().resizeWindow(window, columns, rows);
        }
    }
}
