package dev.mux.server.cmd;

import java.util.ArrayList;
import java.util.List;

/** bind-key: binds a key to a command line, in the prefix table, or with -n in the root table. */
final class BindKeyCommand {
    static final Command COMMAND = new Command(new CommandSpec("bind-key", "bind", "nrT:", 2, -1,
            "[-nr] [-T key-table] key command [arguments]"), BindKeyCommand::run);

    /** A command string (a {@code { }} block) as the words a binding runs: its commands between {@code ;} words. */
    private static List<String> asArguments(List<List<String>> commands) {
        List<String> words = new ArrayList<>();
        for (List<String> command : commands) {
            if (!words.isEmpty()) words.add(";");
            words.addAll(command);
        }
        return words;
    }

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        String table = KeyTables.named(args);
        String key = args.positional().get(0);
        List<String> command = args.positional().subList(1, args.positional().size());
        if (command.size() == 1 && command.get(0).contains(" ")) command = asArguments(CommandLineSplitter.splitLine(command.get(0)));
        if (command.isEmpty()) throw new CommandException("no command given");
        context.commandTable().find(command.get(0));
        if (!context.keyBindings().bind(table, key, command, args.has('r'))) throw new CommandException("unknown key: " + key);
        return CommandResult.DONE;
    }
}
