package dev.mux.server.cmd;

/**
 * set-hook and show-hooks: hooks are array options of commands (tmux's), so they share
 * set-option's and show-options' bodies; set-hook -R runs a hook at once instead, and show-hooks
 * lists only hooks.
 */
final class SetHookCommand {
    static final Command SET = new Command(new CommandSpec("set-hook", null, "agpRt:uw", 1, 2,
            "[-agpRuw] [-t target-pane] hook [command]").target(TargetKind.PANE, TargetPolicy.CAN_FAIL),
            SetHookCommand::set);
    static final Command SHOW = new Command(new CommandSpec("show-hooks", null, "gpt:w", 0, 1,
            "[-gpw] [-t target-pane]").target(TargetKind.PANE, TargetPolicy.CAN_FAIL),
            (context, args) -> ShowOptionsCommand.show(context, args, false, true));

    private SetHookCommand() {
    }

    private static CommandResult set(CommandContext context, ParsedArgs args) throws CommandException {
        if (args.has('R')) {
            String name = context.expand(args.positional(0), OptionTargets.target(args) == null ? null
                    : OptionTargets.target(args).pane());
            context.commandTable().hooks().runNow(name, OptionTargets.target(args), context);
            return CommandResult.DONE;
        }
        return SetOptionCommand.set(context, args, false);
    }
}
