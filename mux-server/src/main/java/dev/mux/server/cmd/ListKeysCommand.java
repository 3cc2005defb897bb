package dev.mux.server.cmd;

import dev.mux.server.input.KeyBindings;

/** list-keys: every binding as the bind-key command that makes it, as tmux prints them. */
final class ListKeysCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-keys", "lsk", "T:", 0, 0, "[-T key-table]"),
            ListKeysCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        String only = args.value('T');
        if (only != null && !context.keyBindings().hasTable(only)) throw new CommandException("table " + only + " doesn't exist");
        for (KeyBindings.Binding binding : context.keyBindings().all()) {
            if (only != null && !only.equals(binding.table())) continue;
            String repeat = binding.repeat() ? "-r " : "   ";
            context.out().print(String.format("bind-key %s-T %-10s %-20s %s", repeat, binding.table(), binding.keyName(),
                    String.join(" ", binding.command().stream().map(ListKeysCommand::quote).toList())));
        }
        return CommandResult.DONE;
    }

    /** Quotes a word the way the config parser reads it back. */
    private static String quote(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(c -> c == ' ' || c == '"' || c == '\'' || c == ';' || c == '#')) return word;
        return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
