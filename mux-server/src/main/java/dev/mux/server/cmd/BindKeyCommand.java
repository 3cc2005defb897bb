package dev.mux.server.cmd;

import java.util.List;

/**
 * bind-key: binds a key in the prefix table, the root table with -n, or any table with -T; -r lets
 * it repeat, -N gives it a note. With a key and no command, only the note of its binding changes.
 */
final class BindKeyCommand {
    static final Command COMMAND = new Command(new CommandSpec("bind-key", "bind", "nrN:T:", 1, -1,
            "[-nr] [-T key-table] [-N note] key [command [arguments]]"), BindKeyCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        String table = KeyTables.named(args);
        long key = KeyTables.key(args.positional().get(0));
        List<String> command = args.positional().subList(1, args.positional().size());
        if (command.isEmpty()) {
            context.keyBindings().setNote(table, key, args.value('N'));
            return CommandResult.DONE;
        }
        context.keyBindings().bind(table, key, KeyTables.commands(context.commandTable(), command, EnvironmentParseHost.of(context)::variable), args.value('N'), args.has('r'));
        return CommandResult.DONE;
    }
}
