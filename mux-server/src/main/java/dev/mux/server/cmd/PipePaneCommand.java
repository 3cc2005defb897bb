package dev.mux.server.cmd;

import dev.mux.server.model.Pane;

/**
 * pipe-pane: closes the pane's pipe, then, given a shell command (a format), starts it as the new
 * one: -O (the default) gives it the pane's output, -I types its output into the pane. With -o a
 * pane that had a pipe is only closed, so one key toggles it.
 */
final class PipePaneCommand {
    static final Command COMMAND = new Command(new CommandSpec("pipe-pane", "pipep", "IOot:", 0, 1,
            "[-IOo] [-t target-pane] [shell-command]", TargetKind.PANE), PipePaneCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        if (pane.isDead()) throw new CommandException("target pane has exited");
        boolean had = pane.tap() != null;
        context.background().closePipe(pane);
        String command = args.positional(0);
        if (command == null || command.isEmpty() || (args.has('o') && had)) return CommandResult.DONE;
        boolean input = args.has('I');
        boolean output = !input || args.has('O');
        context.background().pipe(pane, context.expand(command, pane), output, input);
        return CommandResult.DONE;
    }
}
