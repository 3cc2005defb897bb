package dev.mux.server.cmd;

import dev.mux.scope.ScopeReport;
import dev.mux.server.scope.ServerScope;
import java.util.Optional;

/**
 * scope-status: where the server is in systemd (unit, cgroup, own scope or not), linger and
 * logind's KillUserProcesses policy, and whether sessions survive logout and why. -p prints
 * name=value lines and -F a format such as '#{survives}', for scripts; -l first asks logind to
 * enable linger (polkit decides).
 */
final class ScopeStatusCommand {
    static final Command COMMAND = new Command(new CommandSpec("scope-status", null, "F:lp", 0, 0, "[-lp] [-F format]"),
            ScopeStatusCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        ServerScope scope = context.scope();
        String lingerPolicy = context.options().server().string("linger");
        // logind answers over D-Bus: asked off the loop, so a slow logind never stalls the server.
        return context.background().afterBlocking(
                () -> new Answer(args.has('l') ? scope.enableLinger() : Optional.empty(), scope.report(lingerPolicy)),
                answer -> print(context, args, answer));
    }

    /** What logind said: a refusal to enable linger, if it was asked to, and the report. */
    private record Answer(Optional<String> lingerRefusal, ScopeReport report) {}

    private static void print(CommandContext context, ParsedArgs args, Answer answer) throws CommandException {
        if (answer.lingerRefusal().isPresent()) {
            throw new CommandException("enable linger failed: " + answer.lingerRefusal().get());
        }
        ScopeReport report = answer.report();
        if (args.has('F')) {
            context.out().print(report.format(args.value('F')));
        } else if (args.has('p')) {
            report.assignments().forEach(context.out()::print);
        } else {
            report.lines().forEach(context.out()::print);
        }
    }
}
