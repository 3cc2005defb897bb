package dev.mux.server.cmd;

import dev.mux.server.copy.CopyAction;
import dev.mux.server.copy.CopyPaneMode;
import dev.mux.server.copy.ModeKeys;
import dev.mux.server.model.Pane;
import dev.mux.server.mouse.MouseKey;

/**
 * copy-mode: puts a pane in copy mode (-u: one page up; -e: scrolling back to the bottom leaves
 * it, as the mouse wheel enters it; -H: no position indicator; -s: the lines of another pane; -M,
 * from a mouse binding, enters it on the pane under the mouse and selects as the button drags, and
 * does nothing without a mouse key), or with -q takes it out of every mode, as tmux does.
 */
final class CopyModeCommand {
    static final Command COMMAND = new Command(new CommandSpec("copy-mode", null, "eHMqs:t:u", 0, 0,
            "[-eHMuq] [-s src-pane] [-t target-pane]", TargetKind.PANE).source(TargetKind.PANE, TargetPolicy.OPTIONAL),
            CopyModeCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        if (args.has('q')) {
            pane.modes().clear();
            return CommandResult.DONE;
        }
        // -M belongs to a mouse binding: copy mode begins on the pane under the mouse and selects as it drags.
        MouseKey mouse = context.requester().mouse();
        if (args.has('M')) {
            if (mouse == null || mouse.place().session() != context.attachedSession()) return CommandResult.DONE;
            pane = MouseDrags.paneOf(mouse);
        }
        ModeKeys keys = ModeKeys.of(pane.options().string("mode-keys"));
        Pane source = args.has('s') ? args.source().pane() : pane;
        CopyPaneMode.enter(pane, source.terminal().screen(), keys, args.has('e'), args.has('H'), context.modeServices());
        if (args.has('M')) MouseDrags.select(context, mouse, pane);
        if (args.has('u')) pane.modes().command(CopyAction.PAGE_UP.commandName());
        return CommandResult.DONE;
    }
}
