package dev.mux.server.cmd;

import dev.mux.server.format.FormatContext;
import dev.mux.server.format.FormatVariables;
import dev.mux.server.format.Formats;
import dev.mux.server.model.Pane;

/**
 * display-message: expands a format (the argument or -F's) for the target pane and prints it (-p),
 * or shows it on the status line of the clients attached to the pane's session (a control client
 * that asks is sent it as {@code %message}); -a lists every format variable and its value instead.
 */
final class DisplayMessageCommand {
    /** What tmux shows when no message is given. */
    static final String DEFAULT_MESSAGE = "[#{session_name}] #{window_index}:#{window_name}, current pane #{pane_index} "
            + "- (%H:%M %d-%b-%y)";
    static final Command COMMAND = new Command(new CommandSpec("display-message", "display", "aF:pt:", 0, 1,
            "[-ap] [-F format] [-t target-pane] [message]", TargetKind.PANE), DisplayMessageCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (args.has('F') && !args.positional().isEmpty()) {
            throw new CommandException("only one of -F or argument must be given");
        }
        Pane pane = args.target().pane();
        FormatContext about = context.formatContext(pane);
        if (args.has('a')) {
            FormatVariables.all(about).forEach((name, value) -> context.out().print(name + "=" + value));
            return CommandResult.DONE;
        }
        String template = args.positional().isEmpty() ? args.value('F', DEFAULT_MESSAGE) : args.positional().get(0);
        String message = Formats.expandWithTime(template, about);
        ControlSettings control = context.requester().control();
        if (args.has('p') || !context.clients().isAttached(pane.window().session())) {
            context.out().print(message);
        } else if (control != null) {
            // tmux 3.4: a control client has no status line, so it is sent the message instead.
            control.message(message);
        } else {
            context.clients().showMessage(pane.window().session(), message);
        }
        return CommandResult.DONE;
    }
}
