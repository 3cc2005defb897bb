package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;

/** break-pane: moves a pane, still running, into a window of its own, made current unless -d; -P prints it. */
final class BreakPaneCommand {
    static final Command COMMAND = new Command(new CommandSpec("break-pane", "breakp", "dPF:n:s:", 0, 0,
            "[-dP] [-F format] [-n window-name] [-s src-pane]").source(TargetKind.PANE), BreakPaneCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.source().pane();
        if (pane.window().panes().size() == 1) throw new CommandException("can't break with only one pane");
        String name = args.value('n', pane.window().name());
        Window window = context.sessions().breakPane(pane, name);
        if (args.has('n')) window.disableAutomaticRename();
        if (!args.has('d')) window.session().select(window);
        NewPanePrint.print(context, args, pane, NewPanePrint.PANE_FORMAT);
        return CommandResult.DONE;
    }
}
