package dev.mux.server.cmd;

import dev.mux.server.clock.ClockMode;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.options.OptionStore;
import java.time.ZoneId;

/**
 * clock-mode: shows a large clock in a pane until a key is typed there, in the colour and style
 * (12 or 24 hours) of the session's clock-mode-colour and clock-mode-style when it began.
 */
final class ClockModeCommand {
    static final Command COMMAND = new Command(new CommandSpec("clock-mode", null, "t:", 0, 0,
            "[-t target-pane]", TargetKind.PANE), ClockModeCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        Session session = pane.window().session();
        OptionStore options = context.options();
        boolean twelveHour = options.choice("clock-mode-style", session).equals("12");
        int colour = options.colour("clock-mode-colour", session);
        pane.modes().enter(ClockMode.NAME,
                () -> new ClockMode(System::currentTimeMillis, ZoneId.systemDefault(), twelveHour, colour),
                context.modeServices());
        return CommandResult.DONE;
    }
}
