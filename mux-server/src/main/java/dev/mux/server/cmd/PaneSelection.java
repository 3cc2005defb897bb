package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import java.util.List;

/** Making a pane active as select-pane and last-pane do, with their -d, -e and -Z. */
final class PaneSelection {
    private PaneSelection() {}

    /**
     * last-pane, select-pane -l: the pane active before the current one; in a window of two panes
     * that never switched, the other one, as tmux falls back to.
     */
    static CommandResult last(Window window, ParsedArgs args) throws CommandException {
        Pane last = window.lastActivePane();
        List<Pane> panes = window.panes();
        if (last == null && panes.size() == 2) last = panes.get(panes.get(0) == window.activePane() ? 1 : 0);
        if (last == null) throw new CommandException("no last pane");
        if (!inputSwitch(last, args)) select(window, last, args.has('Z'));
        return CommandResult.DONE;
    }

    /** -e turns the pane's input on, -d off; true if either was given, which then is all that happens. */
    static boolean inputSwitch(Pane pane, ParsedArgs args) {
        if (args.has('e')) {
            pane.setInputOff(false);
        } else if (args.has('d')) {
            pane.setInputOff(true);
        } else {
            return false;
        }
        return true;
    }

    /** Makes {@code pane} active; a zoomed window is unzoomed, or with {@code keepZoom} zooms the new pane. */
    static void select(Window window, Pane pane, boolean keepZoom) {
        boolean rezoom = keepZoom && window.zoomedPane() != null;
        if (window.zoomedPane() != null) window.toggleZoom(window.zoomedPane());
        window.select(pane);
        if (rezoom) window.toggleZoom(pane);
    }
}
