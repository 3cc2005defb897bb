package dev.mux.server.cmd;

import dev.mux.server.choose.ChooseClient;
import dev.mux.server.model.Pane;
import dev.mux.server.format.FormatContext;

/** choose-client: the attached clients in the target pane, to detach one (or run the template for it); nothing without clients. */
final class ChooseClientCommand {
    static final Command COMMAND = new Command(new CommandSpec("choose-client", null, "F:f:K:NO:rt:Z", 0, 1,
            "[-NrZ] [-F format] [-f filter] [-K key-format] [-O sort-order] [-t target-pane] [template]",
            TargetKind.PANE), ChooseClientCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (context.formats().clients().stream().noneMatch(client -> client.session() != null)) return CommandResult.DONE;
        Pane pane = args.target().pane();
        TreeModes.enter(context, args, pane, ChooseClient.NAME, ChooseClient.DEFAULT_COMMAND,
                unzoom -> new ChooseClient(() -> context.formats().clients(), FormatContext.of(context.formats()), args.value('F'),
                        args.value('K'), unzoom),
                chooser -> null);
        return CommandResult.DONE;
    }
}
