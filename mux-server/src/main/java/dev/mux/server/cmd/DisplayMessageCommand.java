package dev.mux.server.cmd;

import dev.mux.server.format.Formats;
import dev.mux.server.model.Pane;

/**
 * display-message: expands a format for the target pane and prints it (-p), or shows it on the
 * status line of the clients attached to the pane's session.
 */
final class DisplayMessageCommand {
    /** What tmux shows when no message is given, less its clock. */
    static final String DEFAULT_MESSAGE = "[#{session_name}] #{window_index}:#{window_name}, current pane #{pane_index}";
    static final Command COMMAND = new Command(new CommandSpec("display-message", "display", "pt:", 0, 1,
            "[-p] [-t target-pane] [message]", TargetKind.PANE), DisplayMessageCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        String template = args.positional().isEmpty() ? DEFAULT_MESSAGE : args.positional().get(0);
        String message = Formats.expandWithTime(template, context.formatContext(pane));
        if (args.has('p') || !context.clients().isAttached(pane.window().session())) {
            context.out().print(message);
        } else {
            context.clients().showMessage(pane.window().session(), message);
        }
        return CommandResult.DONE;
    }
}
