package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import java.util.List;

/** swap-pane: exchanges two panes of a window (-s and -t), or the target with the next (-D) or previous (-U). */
final class SwapPaneCommand {
    static final Command COMMAND = new Command(new CommandSpec("swap-pane", "swapp", "dDUs:t:Z", 0, 0,
            "[-dDUZ] [-s src-pane] [-t dst-pane]", TargetKind.PANE).source(TargetKind.PANE, TargetPolicy.CAN_FAIL),
            SwapPaneCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane target = args.target().pane();
        Window window = target.window();
        Pane source;
        if (args.has('D') || args.has('U')) {
            List<Pane> panes = window.panes();
            int step = args.has('D') ? 1 : -1;
            source = panes.get(Math.floorMod(panes.indexOf(target) + step, panes.size()));
        } else {
            source = MarkedDefault.pane(context, args);
        }
        if (source.window() != window) throw new CommandException("panes are in different windows");
        if (source == target) return CommandResult.DONE;
        // As tmux's window_push_zoom/window_pop_zoom: the window is unzoomed, and with -Z zoomed again after.
        boolean zoomAgain = args.has('Z') && window.zoomedPane() != null;
        if (window.zoomedPane() != null) window.toggleZoom(window.zoomedPane());
        Pane active = window.activePane();
        window.swap(source, target);
        // As tmux: the target pane becomes active; with -d the active pane stays where it was.
        if (!args.has('d')) {
            window.select(target);
        } else if (active == source || active == target) {
            window.select(active == source ? target : source);
        }
        if (zoomAgain) window.toggleZoom(window.activePane());
        return CommandResult.DONE;
    }
}
