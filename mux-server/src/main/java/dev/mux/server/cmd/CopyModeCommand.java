package dev.mux.server.cmd;

import dev.mux.server.copy.CopyAction;
import dev.mux.server.copy.CopyPaneMode;
import dev.mux.server.copy.ModeKeys;
import dev.mux.server.model.Pane;

/**
 * copy-mode: puts a pane in copy mode (-u: one page up; -e: scrolling back to the bottom leaves
 * it, as the mouse wheel enters it), or with -q takes it out of every mode, as tmux does.
 */
final class CopyModeCommand {
    static final Command COMMAND = new Command(new CommandSpec("copy-mode", null, "equt:", 0, 0,
            "[-equ] [-t target-pane]", TargetKind.PANE), CopyModeCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        if (args.has('q')) {
            pane.modes().clear();
            return CommandResult.DONE;
        }
        ModeKeys keys = ModeKeys.of(pane.options().string("mode-keys"));
        CopyPaneMode.enter(pane, keys, args.has('e'), context.modeServices());
        if (args.has('u')) pane.modes().command(CopyAction.PAGE_UP.commandName());
        return CommandResult.DONE;
    }
}
