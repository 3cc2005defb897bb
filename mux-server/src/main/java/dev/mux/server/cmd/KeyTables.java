package dev.mux.server.cmd;

import dev.mux.server.input.CommandList;
import dev.mux.server.input.CommandListParser;
import dev.mux.server.input.KeyBindings;
import dev.mux.server.input.KeyCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the key binding commands share: the table -n and -T name, key names, and a binding's
 * commands checked against the command table and put in the form tmux prints them in (full
 * command names; flags without values grouped, then flags with values, each in letter order).
 */
final class KeyTables {
    private KeyTables() {}

    static String named(ParsedArgs args) {
        if (args.has('T')) return args.value('T');
        return args.has('n') ? KeyBindings.ROOT_TABLE : KeyBindings.PREFIX_TABLE;
    }

    /** A key name as bind-key and unbind-key take it; None and names of no key are refused. */
    static long key(String name) throws CommandException {
        long key = KeyCode.parse(name);
        if (key == KeyCode.UNKNOWN || key == KeyCode.NONE) throw new CommandException("unknown key: " + name);
        return key;
    }

    /**
     * bind-key's command: one argument is command text (or a block from the config file), more are
     * the words of commands separated by {@code ;}.
     */
    static CommandList commands(CommandTable table, List<String> words) throws CommandException {
        return commands(table, words, null);
    }

    /** As {@link #commands(CommandTable, List)}, the command text's variables read from {@code variables}. */
    static CommandList commands(CommandTable table, List<String> words, UnaryOperator<String> variables) throws CommandException {
        CommandList parsed;
        if (words.size() == 1) {
            try {
                parsed = CommandListParser.parse(words.get(0), variables);
            } catch (CommandListParser.SyntaxError e) {
                throw new CommandException(e.getMessage());
            }
        } else {
            parsed = CommandList.ofWords(CommandLineSplitter.splitArguments(words));
        }
        if (parsed.commands().isEmpty()) throw new CommandException("no command given");
        return normalize(table, parsed);
    }

    private static CommandList normalize(CommandTable table, CommandList list) throws CommandException {
        List<CommandList.Command> commands = new ArrayList<>();
        for (CommandList.Command command : list.commands()) {
            for (CommandList.Command expanded : table.aliases().expand(command)) commands.add(normalize(table, expanded));
        }
        return new CommandList(commands);
    }

    private static CommandList.Command normalize(CommandTable table, CommandList.Command command) throws CommandException {
        List<CommandList.Arg> words = command.words();
        List<String> texts = new ArrayList<>();
        for (CommandList.Arg arg : words) {
            texts.add(arg instanceof CommandList.Block block ? block.body().print(false) : ((CommandList.Word) arg).text());
        }
        CommandSpec spec = table.find(texts.get(0)).spec();
        ParsedArgs args = ArgsParser.parse(spec, texts.subList(1, texts.size()));
        List<CommandList.Arg> printed = new ArrayList<>();
        printed.add(new CommandList.Word(spec.name()));
        StringBuilder alone = new StringBuilder();
        List<CommandList.Arg> valued = new ArrayList<>();
        for (char flag : sortedFlags(spec)) {
            if (!args.has(flag)) continue;
            if (!spec.takesValue(flag)) {
                // As often as given, as tmux prints them (-EE).
                alone.append(String.valueOf(flag).repeat(args.count(flag)));
                continue;
            }
            for (String value : args.values(flag)) {
                valued.add(new CommandList.Word("-" + flag));
                valued.add(new CommandList.Word(value));
            }
        }
        if (alone.length() > 0) printed.add(new CommandList.Word("-" + alone));
        printed.addAll(valued);
        int positional = args.positional().size();
        for (CommandList.Arg arg : words.subList(words.size() - positional, words.size())) {
            printed.add(arg instanceof CommandList.Block block ? new CommandList.Block(normalize(table, block.body())) : arg);
        }
        return new CommandList.Command(printed);
    }

    private static char[] sortedFlags(CommandSpec spec) {
        char[] flags = spec.template().replace(":", "").toCharArray();
        java.util.Arrays.sort(flags);
        return flags;
    }
}
