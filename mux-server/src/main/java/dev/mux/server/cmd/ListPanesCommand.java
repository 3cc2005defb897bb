package dev.mux.server.cmd;

import dev.mux.server.format.Formats;
import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.term.Screen;
import java.util.List;

/** list-panes: one line per pane of the target window (-s: of the session, -a: of every session). */
final class ListPanesCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-panes", "lsp", "asF:t:", 0, 0,
            "[-as] [-F format] [-t target-window]").target(TargetKind.WINDOW, TargetPolicy.CAN_FAIL),
            ListPanesCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        List<Window> windows;
        if (args.has('a')) {
            windows = context.sessions().all().stream().flatMap(s -> s.windows().stream()).toList();
        } else if (args.has('s')) {
            windows = args.target().session().windows();
        } else {
            windows = List.of(args.target().window());
        }
        for (Window window : windows) {
            String prefix = args.has('a') ? window.session().name() + ":" + window.index() + "."
                    : args.has('s') ? window.index() + "." : "";
            List<Pane> panes = window.panes();
            for (int index = 0; index < panes.size(); index++) {
                context.out().print(args.has('F') ? Formats.expand(args.value('F'), context.formatVariables(panes.get(index)))
                        : prefix + describe(window, panes.get(index), index));
            }
        }
        return CommandResult.DONE;
    }

    private static String describe(Window window, Pane pane, int index) {
        Geometry geometry = window.geometry(pane);
        Screen screen = pane.terminal().screen();
        String active = pane == window.activePane() ? " (active)" : "";
        return index + ": [" + geometry.columns() + "x" + geometry.rows() + "] [history " + screen.historySize() + "/"
                + Screen.DEFAULT_HISTORY_LIMIT + "] %" + pane.id() + active;
    }
}
