package dev.mux.server.cmd;

/**
 * refresh-client: draws the client (-t's, else the one that asked) again, and sets what a control
 * client asks for: its size (-C), flags (-f, or -F as tmux's alias of it), panes' output (-A) and
 * subscriptions (-B), in tmux's order of precedence. Panning (-c, -L, -R, -U, -D) has nothing to move in mux, whose
 * windows are never larger than their clients, so it only redraws.
 */
final class RefreshClientCommand {
    static final Command COMMAND = new Command(new CommandSpec("refresh-client", "refresh", "A:B:cC:Df:F:lLRSt:U", 0, 1,
            "[-cDlLRSU] [-A pane:state] [-B name:what:format] [-C XxY] [-f flags] [-t target-client] [adjustment]"),
            RefreshClientCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Requester requester = args.has('t') ? context.requester().client(args.value('t')) : context.requester();
        if (args.has('c') || args.has('L') || args.has('R') || args.has('U') || args.has('D')) {
            if (!args.positional().isEmpty()) adjustment(args.positional(0));
            redraw(context, requester);
            return CommandResult.DONE;
        }
        if (args.has('l')) return CommandResult.DONE;
        ControlSettings control = requester.control();
        for (char flag : new char[] {'F', 'f'}) {
            for (String flags : args.values(flag)) {
                if (control != null) control.flags(flags);
                else requester.clientFlags(flags);
            }
        }
        if (args.has('A')) {
            for (String spec : args.values('A')) controlClient(control).paneOutput(spec);
        } else if (args.has('B')) {
            for (String spec : args.values('B')) controlClient(control).subscription(spec);
        } else if (args.has('C')) {
            controlClient(control).size(args.value('C'));
        } else {
            redraw(context, requester);
        }
        return CommandResult.DONE;
    }

    /**
     * The client (-t's, else the requester) when it is one (attached or in control mode); run from
     * outside one, every attached client, and with none tmux's "no current client".
     */
    private static void redraw(CommandContext context, Requester requester) throws CommandException {
        if (requester.attachedSession() != null || requester.control() != null) {
            requester.redraw();
        } else if (!context.clients().redraw(null)) {
            throw new CommandException("no current client");
        }
    }

    private static ControlSettings controlClient(ControlSettings control) throws CommandException {
        if (control == null) throw new CommandException("not a control client");
        return control;
    }

    /** The pan's adjustment, checked as tmux's strtonum(1, INT_MAX) checks it. */
    private static void adjustment(String text) throws CommandException {
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new CommandException("adjustment invalid");
        }
        if (value < 1) throw new CommandException("adjustment too small");
        if (value > Integer.MAX_VALUE) throw new CommandException("adjustment too large");
    }
}
