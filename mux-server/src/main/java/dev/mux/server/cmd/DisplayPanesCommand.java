package dev.mux.server.cmd;

/**
 * display-panes: each pane's number over it on the client for display-panes-time (or -d
 * milliseconds, 0 until a key); typing a pane's number (or a-z for 10 to 35) runs the template,
 * {@code select-pane -t '%%'} by default, with {@code %%} as the pane's id; -N takes no keys.
 * -b is accepted: mux's display-panes never holds up the commands after it.
 */
final class DisplayPanesCommand {
    static final Command COMMAND = new Command(new CommandSpec("display-panes", "displayp", "bd:Nt:", 0, 1,
            "[-bN] [-d duration] [-t target-client] [template]"), DisplayPanesCommand::run);
    private static final String SELECT = "select-pane -t '%%'";

    private DisplayPanesCommand() {}

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        long delay = -1;
        if (args.has('d')) delay = delay(args.value('d'));
        String template = args.has('N') ? null : args.positional(0) != null ? args.positional(0) : SELECT;
        context.requester().targetClient(args.value('t')).displayPanes(delay, template);
        return CommandResult.DONE;
    }

    /** -d as tmux checks it: a whole number from 0 up. */
    static long delay(String text) throws CommandException {
        try {
            long value = Long.parseLong(text);
            if (value < 0) throw new CommandException("delay too small");
            if (value > 0xFFFF_FFFFL) throw new CommandException("delay too large");
            return value;
        } catch (NumberFormatException e) {
            throw new CommandException("delay invalid");
        }
    }
}
