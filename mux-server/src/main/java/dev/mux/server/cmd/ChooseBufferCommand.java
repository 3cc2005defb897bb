package dev.mux.server.cmd;

import dev.mux.server.choose.ChooseBuffer;
import dev.mux.server.model.Pane;

/** choose-buffer: the paste buffers in the target pane, to paste one (or run the template for it); nothing without buffers. */
final class ChooseBufferCommand {
    static final Command COMMAND = new Command(new CommandSpec("choose-buffer", null, "F:f:K:NO:rt:Z", 0, 1,
            "[-NrZ] [-F format] [-f filter] [-K key-format] [-O sort-order] [-t target-pane] [template]",
            TargetKind.PANE), ChooseBufferCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (context.buffers().top().isEmpty()) return CommandResult.DONE;
        Pane pane = args.target().pane();
        TreeModes.enter(context, args, pane, ChooseBuffer.NAME, ChooseBuffer.DEFAULT_COMMAND,
                unzoom -> new ChooseBuffer(context.buffers(), context.formatContext(pane), args.value('F'),
                        args.value('K'), unzoom),
                chooser -> null);
        return CommandResult.DONE;
    }
}
