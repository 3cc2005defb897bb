package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import java.util.List;

/**
 * rotate-window: the panes move one place on in the window's order (-U, the default: each to the
 * place of the one before it; -D: the other way), and the pane after (before) the active one
 * becomes active. -Z keeps a zoomed window zoomed.
 */
final class RotateWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("rotate-window", "rotatew", "Dt:UZ", 0, 0,
            "[-DUZ] [-t target-window]", TargetKind.WINDOW), RotateWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Window window = args.target().window();
        boolean zoomed = args.has('Z') && window.zoomedPane() != null;
        boolean down = args.has('D');
        window.rotate(down);
        List<Pane> panes = window.panes();
        int active = panes.indexOf(window.activePane());
        window.select(panes.get(Math.floorMod(down ? active - 1 : active + 1, panes.size())));
        if (zoomed) window.toggleZoom(window.activePane());
        return CommandResult.DONE;
    }
}
