package dev.mux.server.cmd;

import dev.mux.server.model.Session;

/** select-window: makes the target window current; -l, -n, -p act like last-, next-, previous-window;
 * with -T a window that is current already makes the last window current instead. */
final class SelectWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("select-window", "selectw", "lnpt:T", 0, 0,
            "[-lnpT] [-t target-window]", TargetKind.WINDOW), SelectWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (args.has('l')) return WindowMoves.last(args.target().session());
        if (args.has('n')) return WindowMoves.step(args.target().session(), 1);
        if (args.has('p')) return WindowMoves.step(args.target().session(), -1);
        Target target = args.target();
        Session session = target.session();
        if (args.has('T') && target.link() == session.currentLink()) return WindowMoves.last(session);
        session.select(target.link());
        return CommandResult.DONE;
    }
}
