package dev.mux.server.cmd;

import dev.mux.server.model.Pane;

/** capture-pane -p: the visible screen of a pane as plain text, trailing spaces trimmed like tmux. */
final class CapturePaneCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("capture-pane", "capturep", "pt:", 0, 0,
            "[-p] [-t target-pane]");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (!args.has('p')) throw new CommandException("capture-pane needs -p: paste buffers do not exist yet");
        Pane pane = Targets.pane(context, args.value('t'));
        context.printRaw(pane.terminal().captureVisibleText());
        return CommandResult.DONE;
    }
}
