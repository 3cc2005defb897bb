package dev.mux.server.cmd;

/** unbind-key: removes a key's binding; -a removes every binding of the table. */
final class UnbindKeyCommand {
    static final Command COMMAND = new Command(new CommandSpec("unbind-key", "unbind", "anT:", 0, 1,
            "[-an] [-T key-table] key"), UnbindKeyCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        String table = KeyTables.named(args);
        if (args.has('a')) {
            context.keyBindings().unbindAll(table);
            return CommandResult.DONE;
        }
        if (args.positional().isEmpty()) throw new CommandException("missing key");
        String key = args.positional().get(0);
        if (!context.keyBindings().unbind(table, key)) throw new CommandException("unknown key: " + key);
        return CommandResult.DONE;
    }
}
