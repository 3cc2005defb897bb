package dev.mux.server.cmd;

import dev.mux.server.model.Pane;

/** kill-pane: hangs up the pane and removes it; -a kills the window's other panes instead. */
final class KillPaneCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("kill-pane", "killp", "at:", 0, 0, "[-a] [-t target-pane]");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane target = Targets.pane(context, args.value('t'));
        if (!args.has('a')) {
            context.killPane(target);
            return CommandResult.DONE;
        }
        for (Pane other : target.window().panes()) {
            if (other != target) context.killPane(other);
        }
        return CommandResult.DONE;
    }
}
