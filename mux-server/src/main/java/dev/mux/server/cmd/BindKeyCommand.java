package dev.mux.server.cmd;

import java.util.List;

/** bind-key: binds a key to a command line, in the prefix table, or with -n in the root table. */
final class BindKeyCommand {
    static final Command COMMAND = new Command(new CommandSpec("bind-key", "bind", "nrT:", 2, -1,
            "[-nr] [-T key-table] key command [arguments]"), BindKeyCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        String table = KeyTables.named(args);
        String key = args.positional().get(0);
        List<String> command = args.positional().subList(1, args.positional().size());
        if (command.size() == 1 && command.get(0).contains(" ")) command = CommandLineSplitter.splitLine(command.get(0)).get(0);
        context.commandTable().find(command.get(0));
        if (!context.keyBindings().bind(table, key, command, args.has('r'))) throw new CommandException("unknown key: " + key);
        return CommandResult.DONE;
    }
}
