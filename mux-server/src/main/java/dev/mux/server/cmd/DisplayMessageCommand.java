package dev.mux.server.cmd;

import dev.mux.server.format.FormatContext;
import dev.mux.server.format.FormatVariables;
import dev.mux.server.format.Formats;
import dev.mux.server.model.Pane;

/**
 * display-message: expands a format (the argument or -F's) for the target pane and prints it (-p),
 * or shows it on the status line of one client (-c's, else the current one) for -d milliseconds or
 * display-time (a control client is sent it as {@code %message}); -a lists every format variable
 * and its value instead. -N and -v are accepted: mux's messages never wait for a key, and its
 * formats log no steps.
 */
final class DisplayMessageCommand {
    /** What tmux shows when no message is given. */
    static final String DEFAULT_MESSAGE = "[#{session_name}] #{window_index}:#{window_name}, current pane #{pane_index} "
            + "- (%H:%M %d-%b-%y)";
    static final Command COMMAND = new Command(new CommandSpec("display-message", "display", "ac:d:F:INpt:v", 0, 1,
            "[-aINpv] [-c target-client] [-d delay] [-F format] [-t target-pane] [message]", TargetKind.PANE), DisplayMessageCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        // A mux pane always runs a program, and tmux takes input only into a pane that runs none.
        if (args.has('I')) throw new CommandException("pane is not empty");
        if (args.has('F') && !args.positional().isEmpty()) {
            throw new CommandException("only one of -F or argument must be given");
        }
        long delay = args.has('d') ? DisplayPanesCommand.delay(args.value('d')) : -1;
        Pane pane = args.target().pane();
        Requester shown = shownOn(context, args.value('c'));
        FormatContext about = context.formatContext(args.target().session(), pane);
        if (shown != null && shown.attachedSession() == about.session()) about = about.withClient(shown.formatClient());
        if (args.has('a')) {
            FormatVariables.all(about).forEach((name, value) -> context.out().print(name + "=" + value));
            return CommandResult.DONE;
        }
        String template = args.positional().isEmpty() ? args.value('F', DEFAULT_MESSAGE) : args.positional().get(0);
        String message = Formats.expandWithTime(template, about);
        if (args.has('p') || !context.requester().hasClient()) {
            context.out().print(message);
        } else if (shown != null && shown.control() != null) {
            // tmux 3.4: a control client has no status line, so it is sent the message instead.
            shown.control().message(message);
        } else if (shown != null) {
            shown.showMessage(message, delay);
        }
        return CommandResult.DONE;
    }

    /** -c's client, else the current one; none (not an error, as tmux) when there is no such client. */
    private static Requester shownOn(CommandContext context, String name) {
        try {
            return context.requester().targetClient(name);
        } catch (CommandException none) {
            return null;
        }
    }
}
