package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import java.util.ArrayList;
import java.util.List;

/**
 * kill-pane: removes the pane and hangs it up; -a kills the window's other panes instead. The reply
 * comes when the stop is over.
 */
final class KillPaneCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("kill-pane", "killp", "at:", 0, 0, "[-a] [-t target-pane]", TargetKind.PANE);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane target = args.target().pane();
        if (!args.has('a')) return context.killPanes(List.of(target));
        List<Pane> others = new ArrayList<>(target.window().panes());
        others.remove(target);
        return context.killPanes(others);
    }
}
