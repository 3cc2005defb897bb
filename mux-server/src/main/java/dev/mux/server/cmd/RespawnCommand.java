package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import java.util.List;

/**
 * respawn-pane and respawn-window: start a pane's program again (the given shell command, else
 * the one it last ran) once it has ended and remain-on-exit kept the pane; -k hangs up a program
 * still running first. respawn-window keeps only the window's first pane. -c names the directory, -e adds to the environment.
 */
final class RespawnCommand {
    static final Command PANE = new Command(new CommandSpec("respawn-pane", "respawnp", "c:e:kt:", 0, -1,
            "[-k] [-c start-directory] [-e environment] [-t target-pane] [shell-command]", TargetKind.PANE), RespawnCommand::pane);
    static final Command WINDOW = new Command(new CommandSpec("respawn-window", "respawnw", "c:e:kt:", 0, -1,
            "[-k] [-c start-directory] [-e environment] [-t target-window] [shell-command]", TargetKind.WINDOW),
            RespawnCommand::window);

    private static CommandResult pane(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        if (!pane.isDead() && !args.has('k')) {
            throw new CommandException("respawn pane failed: pane " + place(args.target()) + "." + paneIndex(pane)
                    + " still active");
        }
        respawn(context, args, pane);
        return CommandResult.DONE;
    }

    private static CommandResult window(CommandContext context, ParsedArgs args) throws CommandException {
        Window window = args.target().window();
        List<Pane> panes = window.panes();
        if (!args.has('k') && panes.stream().anyMatch(p -> !p.isDead())) {
            throw new CommandException("respawn window failed: window " + place(args.target()) + " still active");
        }
        Pane first = panes.get(0);
        List<Pane> others = panes.subList(1, panes.size());
        CommandResult result = others.isEmpty() ? CommandResult.DONE : context.stops().killPanes(List.copyOf(others));
        respawn(context, args, first);
        window.select(first);
        return result;
    }

    /** The target's session and its window's index there, as tmux names it in these errors. */
    private static String place(Target target) {
        int index = target.link() != null ? target.link().index() : target.session().indexOf(target.window());
        return target.session().name() + ":" + index;
    }

    private static void respawn(CommandContext context, ParsedArgs args, Pane pane) throws CommandException {
        if (!pane.isDead()) pane.hangUp();
        pane.modes().clear();
        context.panes().respawn(pane, PaneSpawn.of(context, args, pane));
    }

    /** The pane's number as targets and #{pane_index} count it, from pane-base-index. */
    private static int paneIndex(Pane pane) {
        return pane.window().panes().indexOf(pane) + pane.window().options().number("pane-base-index");
    }
}
