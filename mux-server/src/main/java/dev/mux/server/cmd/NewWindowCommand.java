package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import java.util.List;
import java.util.Optional;

/**
 * new-window: a window running the shell (or a command), made current unless -d; -a/-b put it
 * after/before the target window, moving later ones up, -k replaces a window at the index, and
 * -S selects an existing window of the -n name instead.
 */
final class NewWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("new-window", "neww", "abc:de:F:kn:PSt:", 0, -1,
            "[-abdkPS] [-c start-directory] [-e environment] [-F format] [-n window-name] [-t target-window] [shell-command]")
            .target(TargetKind.WINDOW_INDEX), NewWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Target slot = args.target();
        Session session = slot.session();
        String name = args.value('n');
        if (args.has('S') && name != null && slot.windowIndex() < 0) {
            Optional<Window> named = onlyWindowNamed(session, name);
            if (named.isPresent()) {
                if (!args.has('d')) session.select(named.get());
                return CommandResult.DONE;
            }
        }
        int index = WindowPlacement.index(context, args, slot);
        Optional<Window> replaced = index >= 0 && args.has('k') ? session.windowAt(index) : Optional.empty();
        boolean select = !args.has('d') || replaced.filter(w -> w == session.currentWindow()).isPresent();
        PaneSpawn spawn = PaneSpawn.of(context, args, session.activePane());
        Window window = context.panes().newWindow(session, index, name, spawn, select && replaced.isEmpty(),
                args.has('k'));
        CommandResult result = CommandResult.DONE;
        if (replaced.isPresent()) {
            result = context.stops().killWindows(List.of(replaced.get()));
            context.sessions().places().moveWindow(session.linkOf(window).orElseThrow(), index);
            if (select) session.select(window);
        }
        NewPanePrint.print(context, args, window.activePane(), NewPanePrint.PANE_FORMAT);
        return result;
    }

    private static Optional<Window> onlyWindowNamed(Session session, String name) throws CommandException {
        List<Window> named = session.windows().stream().filter(w -> w.name().equals(name)).toList();
        if (named.size() > 1) throw new CommandException("multiple windows named " + name);
        return named.stream().findFirst();
    }
}
