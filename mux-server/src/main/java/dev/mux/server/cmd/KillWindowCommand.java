package dev.mux.server.cmd;

import dev.mux.server.model.Window;

/** kill-window: hangs up the window's panes and removes it; -a kills the session's other windows instead. */
final class KillWindowCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("kill-window", "killw", "at:", 0, 0, "[-a] [-t target-window]");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Window target = Targets.window(context, args.value('t'));
        if (!args.has('a')) {
            context.killWindow(target);
            return CommandResult.DONE;
        }
        for (Window other : target.session().windows().toArray(Window[]::new)) {
            if (other != target) context.killWindow(other);
        }
        return CommandResult.DONE;
    }
}
