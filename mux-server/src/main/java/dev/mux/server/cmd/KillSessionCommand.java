package dev.mux.server.cmd;

import dev.mux.server.model.Session;

/** kill-session: hangs up every pane of the session and destroys it; -a kills all the others instead. */
final class KillSessionCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("kill-session", null, "at:", 0, 0, "[-a] [-t target-session]");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Session target = Targets.session(context, args.value('t'));
        if (!args.has('a')) {
            context.killSession(target);
            return CommandResult.DONE;
        }
        for (Session other : context.sessions().all()) {
            if (other != target) context.killSession(other);
        }
        return CommandResult.DONE;
    }
}
