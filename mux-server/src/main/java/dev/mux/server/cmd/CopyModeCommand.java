package dev.mux.server.cmd;

import dev.mux.server.copy.CopyMode;
import dev.mux.server.copy.ModeKeys;
import dev.mux.server.copy.PaneCopyMode;
import dev.mux.server.model.Pane;

/**
 * copy-mode: puts a pane in copy mode (-u: one page up; -e: scrolling back to the bottom leaves
 * it, as the mouse wheel enters it), or with -q takes it out.
 */
final class CopyModeCommand {
    static final Command COMMAND = new Command(new CommandSpec("copy-mode", null, "equt:", 0, 0,
            "[-equ] [-t target-pane]", TargetKind.PANE), CopyModeCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        if (args.has('q')) {
            if (pane.copyMode() != null) pane.setCopyMode(null);
            return CommandResult.DONE;
        }
        ModeKeys keys = ModeKeys.of(pane.options().string("mode-keys"));
        CopyMode mode = PaneCopyMode.enter(pane, keys, args.has('e'));
        if (args.has('u')) {
            mode.pageUp(false);
            pane.copyModeChanged();
        }
        return CommandResult.DONE;
    }
}
