package dev.mux.server.cmd;

import dev.mux.server.environ.Environment;

/**
 * show-environment: the target session's environment (-g the global one), {@code NAME=value} or
 * {@code -NAME} for one to be removed; -s as shell commands ({@code NAME="value"; export NAME;},
 * {@code unset NAME;}); -h the hidden variables instead of the others. With a name, that variable
 * alone, and an error if it is not set at all.
 */
final class ShowEnvironmentCommand {
    static final Command COMMAND = new Command(new CommandSpec("show-environment", "showenv", "hgst:", 0, 1,
            "[-hgs] [-t target-session] [name]").target(TargetKind.SESSION, TargetPolicy.CAN_FAIL),
            ShowEnvironmentCommand::run);

    private ShowEnvironmentCommand() {
    }

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Environment environment = EnvironmentTargets.of(context, args);
        String name = args.positional(0);
        if (name != null) {
            Environment.Variable variable = environment.find(name);
            if (variable == null) throw new CommandException("unknown variable: " + name);
            print(context, args, variable);
            return CommandResult.DONE;
        }
        for (Environment.Variable variable : environment.variables().values()) print(context, args, variable);
        return CommandResult.DONE;
    }

    private static void print(CommandContext context, ParsedArgs args, Environment.Variable variable) {
        if (variable.hidden() != args.has('h')) return;
        if (!args.has('s')) {
            context.out().print(variable.removed() ? "-" + variable.name() : variable.name() + "=" + variable.value());
        } else if (variable.removed()) {
            context.out().print("unset " + variable.name() + ";");
        } else {
            context.out().print(variable.name() + "=\"" + shellEscaped(variable.value()) + "\"; export " + variable.name() + ";");
        }
    }

    /** What a POSIX shell needs escaped inside double quotes. */
    private static String shellEscaped(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '$' || c == '`' || c == '"' || c == '\\') escaped.append('\\');
            escaped.append(c);
        }
        return escaped.toString();
    }
}
