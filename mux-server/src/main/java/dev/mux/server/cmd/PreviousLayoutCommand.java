package dev.mux.server.cmd;

import dev.mux.server.layout.Preset;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;

/** previous-layout: the window's panes in the previous of tmux's five layouts. */
final class PreviousLayoutCommand {
    static final Command COMMAND = new Command(new CommandSpec("previous-layout", "prevl", "t:", 0, 0,
            "[-t target-window]", TargetKind.WINDOW), PreviousLayoutCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Window window = args.target().window();
        Preset current = window.preset();
        window.keepOldLayout(window.layout().describe(Pane::id));
        window.apply(current == null ? Preset.TILED : current.previous());
        return CommandResult.DONE;
    }
}
