package dev.mux.server.cmd;

import dev.mux.server.layout.Preset;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;

/** next-layout: the window's panes in the next of tmux's five layouts. */
final class NextLayoutCommand {
    static final Command COMMAND = new Command(new CommandSpec("next-layout", "nextl", "t:", 0, 0, "[-t target-window]",
            TargetKind.WINDOW), NextLayoutCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Window window = args.target().window();
        Preset current = window.preset();
        window.keepOldLayout(window.layout().describe(Pane::id));
        window.apply(current == null ? Preset.EVEN_HORIZONTAL : current.next());
        return CommandResult.DONE;
    }
}
