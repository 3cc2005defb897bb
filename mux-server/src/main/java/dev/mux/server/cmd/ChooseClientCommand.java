package dev.mux.server.cmd;

import dev.mux.server.choose.ChooseClient;
import dev.mux.server.model.Pane;
import java.util.List;

/** choose-client: the attached clients in the target pane, to detach one (or run the template for it); nothing without clients. */
final class ChooseClientCommand {
    static final Command COMMAND = new Command(new CommandSpec("choose-client", null, "F:f:K:NO:rt:Z", 0, 1,
            "[-NrZ] [-F format] [-f filter] [-K key-format] [-O sort-order] [-t target-pane] [template]",
            TargetKind.PANE), ChooseClientCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (context.clients().attached().isEmpty()) return CommandResult.DONE;
        Pane pane = args.target().pane();
        TreeModes.enter(context, args, pane, ChooseClient.NAME, ChooseClient.DEFAULT_COMMAND,
                unzoom -> new ChooseClient(() -> clients(context), context::formatVariables, args.value('F'),
                        args.value('K'), unzoom),
                chooser -> null);
        return CommandResult.DONE;
    }

    private static List<ChooseClient.Client> clients(CommandContext context) {
        return context.clients().attached().stream()
                .map(c -> new ChooseClient.Client(c.name(), c.session(), c.columns(), c.rows(), c.term()))
                .toList();
    }
}
