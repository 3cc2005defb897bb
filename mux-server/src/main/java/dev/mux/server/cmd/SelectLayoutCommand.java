package dev.mux.server.cmd;

import dev.mux.server.layout.Layout;
import dev.mux.server.layout.Preset;
import dev.mux.server.model.Window;

/** select-layout: arranges the window's panes in one of tmux's five layouts; -n and -p cycle like next-layout. */
final class SelectLayoutCommand {
    static final Command COMMAND = new Command(new CommandSpec("select-layout", "selectl", "npt:", 0, 1,
            "[-np] [-t target-pane] [layout-name]", TargetKind.PANE), SelectLayoutCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Window window = args.target().window();
        Preset current = window.preset();
        Preset chosen;
        if (args.has('n')) {
            chosen = current == null ? Preset.EVEN_HORIZONTAL : current.next();
        } else if (args.has('p')) {
            chosen = current == null ? Preset.TILED : current.previous();
        } else if (args.positional().isEmpty()) {
            // Without a name tmux applies the last preset again, if there was one.
            if (current == null) return CommandResult.DONE;
            chosen = current;
        } else {
            String name = args.positional().get(0);
            chosen = Layout.presetNamed(name).orElseThrow(() -> new CommandException("can't set layout: " + name));
        }
        window.apply(chosen);
        return CommandResult.DONE;
    }
}
