package dev.mux.server.cmd;

import dev.mux.server.input.CommandList;
import dev.mux.server.input.CommandListParser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * command-alias as tmux 3.3a applies it while it parses a command: a first word that is exactly an
 * item's name (before its {@code =}) stands for the item's commands, and the command's other words
 * go on the end of the last of them. The alias's own commands are not looked up again, so an alias
 * naming itself is an unknown command rather than a loop. A name is matched before the table, so an
 * alias may hide a command.
 */
final class CommandAliases {
    private final Supplier<List<String>> items;

    CommandAliases(Supplier<List<String>> items) {
        this.items = items;
    }

    static CommandAliases none() {
        return new CommandAliases(List::of);
    }

    /** The commands {@code words} stand for: themselves unless their first word is an alias. */
    List<List<String>> expand(List<String> words) throws CommandException {
        String alias = words.isEmpty() ? null : commandsOf(words.get(0));
        if (alias == null) return List.of(words);
        List<List<String>> commands = new ArrayList<>(CommandLineSplitter.splitLine(alias));
        if (commands.isEmpty()) return commands;
        List<String> last = new ArrayList<>(commands.get(commands.size() - 1));
        last.addAll(words.subList(1, words.size()));
        commands.set(commands.size() - 1, last);
        return commands;
    }

    /** As {@link #expand(List)}, for a command of a key binding, whose words may be blocks. */
    List<CommandList.Command> expand(CommandList.Command command) throws CommandException {
        List<CommandList.Arg> words = command.words();
        String alias = words.get(0) instanceof CommandList.Word word ? commandsOf(word.text()) : null;
        if (alias == null) return List.of(command);
        List<CommandList.Command> commands;
        try {
            commands = new ArrayList<>(CommandListParser.parse(alias).commands());
        } catch (CommandListParser.SyntaxError e) {
            throw new CommandException(e.getMessage());
        }
        if (commands.isEmpty()) return commands;
        List<CommandList.Arg> last = new ArrayList<>(commands.get(commands.size() - 1).words());
        last.addAll(words.subList(1, words.size()));
        commands.set(commands.size() - 1, new CommandList.Command(last));
        return commands;
    }

    /** The text after the {@code =} of the first item named {@code name}, or null. */
    private String commandsOf(String name) {
        for (String item : items.get()) {
            int equals = item.indexOf('=');
            if (equals >= 0 && item.substring(0, equals).equals(name)) return item.substring(equals + 1);
        }
        return null;
    }
}
