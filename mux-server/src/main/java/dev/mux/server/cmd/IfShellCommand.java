package dev.mux.server.cmd;

/**
 * if-shell: runs the first command if a shell command succeeds (off the loop), else the second if
 * given; with -F the condition is a format, true unless empty or starting with 0, decided at once.
 * The requester waits for the shell command unless -b, so it works the same from the config file,
 * a key or the command line.
 */
final class IfShellCommand {
    static final Command COMMAND = new Command(new CommandSpec("if-shell", "if", "bFt:", 2, 3,
            "[-bF] [-t target-pane] shell-command command [command]").target(TargetKind.PANE, TargetPolicy.CAN_FAIL),
            IfShellCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        ShellTarget target = ShellTarget.of(context, args);
        String condition = target.expand(args.positional(0));
        String otherwise = args.positional().size() > 2 ? args.positional(2) : null;
        if (args.has('F')) {
            boolean holds = !condition.isEmpty() && condition.charAt(0) != '0';
            String chosen = holds ? args.positional(1) : otherwise;
            if (chosen != null) RunShellCommand.runCommands(context, chosen);
            return CommandResult.DONE;
        }
        if (args.has('b')) {
            context.background().shell(condition, 0, target.directory(), result -> choose(context, args, result));
            return CommandResult.DONE;
        }
        return context.background().afterShell(condition, 0, target.directory(), result -> {
            choose(context, args, result);
            return 0;
        });
    }

    private static void choose(CommandContext context, ParsedArgs args, ShellResult result) throws CommandException {
        String chosen = result.succeeded() ? args.positional(1)
                : args.positional().size() > 2 ? args.positional(2) : null;
        if (chosen != null) RunShellCommand.runCommands(context, chosen);
    }
}
