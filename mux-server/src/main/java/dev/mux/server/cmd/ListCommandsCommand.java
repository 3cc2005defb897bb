package dev.mux.server.cmd;

import dev.mux.server.format.FormatContext;

/**
 * list-commands: every command's name, alias and usage, or those of the one command named exactly
 * (by name or alias; tmux prints nothing for a prefix or an unknown name). -F gives a format with
 * #{command_list_name}, #{command_list_alias} and #{command_list_usage}.
 */
final class ListCommandsCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-commands", "lscm", "F:", 0, 1,
            "[-F format] [command]"), ListCommandsCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) {
        String only = args.positional(0);
        for (CommandSpec spec : CommandListing.byName(context.commandTable())) {
            if (only != null && !spec.matches(only)) continue;
            context.out().print(args.has('F') ? values(context.formatContext(null), spec).expand(args.value('F'))
                    : CommandListing.line(spec));
        }
        return CommandResult.DONE;
    }

    private static FormatContext values(FormatContext base, CommandSpec spec) {
        return base.with("command_list_name", spec.name())
                .with("command_list_alias", spec.alias() == null ? "" : spec.alias())
                .with("command_list_usage", spec.usage());
    }
}
