package dev.mux.server.cmd;

import dev.mux.server.clock.ClockMode;
import dev.mux.server.model.Pane;
import dev.mux.server.options.Colours;
import dev.mux.server.options.Options;
import java.time.ZoneId;

/**
 * clock-mode: shows a large clock in a pane until a key is typed there, in the colour and style
 * (12 or 24 hours) of the pane's clock-mode-colour and clock-mode-style when it began.
 */
final class ClockModeCommand {
    static final Command COMMAND = new Command(new CommandSpec("clock-mode", null, "t:", 0, 0,
            "[-t target-pane]", TargetKind.PANE), ClockModeCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        Options options = pane.options();
        boolean twelveHour = options.string("clock-mode-style").equals("12");
        int colour = Colours.color(options.string("clock-mode-colour"));
        pane.modes().enter(ClockMode.NAME,
                () -> new ClockMode(System::currentTimeMillis, ZoneId.systemDefault(), twelveHour, colour),
                context.modeServices());
        return CommandResult.DONE;
    }
}
