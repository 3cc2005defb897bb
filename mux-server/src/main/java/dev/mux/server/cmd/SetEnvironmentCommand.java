package dev.mux.server.cmd;

import dev.mux.server.environ.Environment;
import dev.mux.server.format.FormatContext;

/**
 * set-environment: sets a variable of the target session's environment (-g the global one), -h
 * hidden from panes; -u forgets it, -r marks it to be removed from new panes' environments; -F
 * expands the value as a format first. Checks and messages are tmux's.
 */
final class SetEnvironmentCommand {
    static final Command COMMAND = new Command(new CommandSpec("set-environment", "setenv", "Fhgrt:u", 1, 2,
            "[-Fhgru] [-t target-session] name [value]").target(TargetKind.SESSION, TargetPolicy.CAN_FAIL),
            SetEnvironmentCommand::run);

    private SetEnvironmentCommand() {
    }

    /** -F reads the target session's active pane, as tmux's; with none, the server's own variables. */
    private static FormatContext formatContext(CommandContext context, ParsedArgs args) {
        try {
            return context.formatContext(args.target().session().activePane());
        } catch (CommandException noSession) {
            return EnvironmentParseHost.formatContext(context);
        }
    }

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        String name = args.positional(0);
        String value = args.positional(1);
        if (name.isEmpty()) throw new CommandException("empty variable name");
        if (name.indexOf('=') >= 0) throw new CommandException("variable name contains =");
        if (value != null && args.has('F')) value = formatContext(context, args).expand(value);
        Environment environment = EnvironmentTargets.of(context, args);
        if (args.has('u')) {
            if (value != null) throw new CommandException("can't specify a value with -u");
            environment.unset(name);
        } else if (args.has('r')) {
            if (value != null) throw new CommandException("can't specify a value with -r");
            environment.clear(name);
        } else {
            if (value == null) throw new CommandException("no value specified");
            environment.set(name, value, args.has('h'));
        }
        return CommandResult.DONE;
    }
}
