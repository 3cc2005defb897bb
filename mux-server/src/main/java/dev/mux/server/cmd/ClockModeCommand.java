package dev.mux.server.cmd;

import dev.mux.server.clock.ClockMode;
import dev.mux.server.model.Pane;

/** clock-mode: shows a large clock in a pane until a key is typed there. */
final class ClockModeCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("clock-mode", null, "t:", 0, 0,
            "[-t target-pane]", TargetKind.PANE);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        pane.modes().enter(ClockMode.NAME, ClockMode::now, context.modeServices());
        return CommandResult.DONE;
    }
}
