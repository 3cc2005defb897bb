package dev.mux.server.cmd;

import dev.mux.scope.ScopeReport;
import java.util.Optional;

/**
 * scope-status: where the server is in systemd (unit, cgroup, own scope or not), linger and
 * logind's KillUserProcesses policy, and whether sessions survive logout and why. -p prints
 * name=value lines and -F a format such as '#{survives}', for scripts; -l first asks logind to
 * enable linger (polkit decides).
 */
final class ScopeStatusCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("scope-status", null, "F:lp", 0, 0, "[-lp] [-F format]");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (args.has('l')) {
            Optional<String> refusal = context.scope().enableLinger();
            if (refusal.isPresent()) throw new CommandException("enable linger failed: " + refusal.get());
        }
        ScopeReport report = context.scope().report();
        if (args.has('F')) {
            context.print(report.format(args.value('F')));
        } else if (args.has('p')) {
            report.assignments().forEach(context::print);
        } else {
            report.lines().forEach(context::print);
        }
        return CommandResult.DONE;
    }
}
