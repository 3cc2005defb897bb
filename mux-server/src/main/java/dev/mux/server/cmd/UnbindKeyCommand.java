package dev.mux.server.cmd;

/**
 * unbind-key: removes a key's binding from the prefix table, root with -n, or the -T table; -a
 * removes the whole table; -q keeps quiet about what is wrong (tmux still fails with status 1,
 * which mux has no silent form of, so -q succeeds).
 */
final class UnbindKeyCommand {
    static final Command COMMAND = new Command(new CommandSpec("unbind-key", "unbind", "anqT:", 0, 1,
            "[-anq] [-T key-table] key"), UnbindKeyCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        try {
            unbind(context, args);
        } catch (CommandException e) {
            if (!args.has('q')) throw e;
        }
        return CommandResult.DONE;
    }

    private static void unbind(CommandContext context, ParsedArgs args) throws CommandException {
        String table = KeyTables.named(args);
        String keyName = args.positional().isEmpty() ? null : args.positional().get(0);
        if (args.has('a')) {
            if (keyName != null) throw new CommandException("key given with -a");
            requireTable(context, table);
            context.keyBindings().removeTable(table);
            return;
        }
        if (keyName == null) throw new CommandException("missing key");
        long key = KeyTables.key(keyName);
        if (args.has('T')) requireTable(context, table);
        context.keyBindings().unbind(table, key);
    }

    private static void requireTable(CommandContext context, String table) throws CommandException {
        if (!context.keyBindings().hasTable(table)) throw new CommandException("table " + table + " doesn't exist");
    }
}
