package dev.mux.server.input;

import java.util.ArrayList;
import java.util.List;

/**
 * A key binding's commands as tmux keeps them: commands of words, where a word may be a block of
 * commands in braces ({@code { send-keys -X cancel }}). It prints as tmux's list-keys does, and
 * turns into the word lists the command table runs, a block becoming the text of its commands.
 */
public record CommandList(List<Command> commands) {
    public CommandList {
        commands = List.copyOf(commands);
    }

    /** One word: text, or a block of commands. */
    public sealed interface Arg permits Word, Block {}

    public record Word(String text) implements Arg {}

    public record Block(CommandList body) implements Arg {}

    /** One command: its name first. */
    public record Command(List<Arg> words) {
        public Command {
            words = List.copyOf(words);
        }

        String print() {
            List<String> printed = new ArrayList<>(words.size());
            for (Arg arg : words) {
                printed.add(arg instanceof Block block ? "{ " + block.body().print(false) + " }" : ArgEscape.escape(((Word) arg).text()));
            }
            return String.join(" ", printed);
        }
    }

    /** A list of plain word commands, as a command line gives them. */
    public static CommandList ofWords(List<List<String>> commands) {
        List<Command> list = new ArrayList<>();
        for (List<String> words : commands) list.add(new Command(words.stream().<Arg>map(Word::new).toList()));
        return new CommandList(list);
    }

    /**
     * The commands as list-keys prints them: {@code escaped} (the top level of a binding) separates
     * them with {@code \;}, as they are typed after bind-key; inside braces a plain {@code ;}.
     */
    public String print(boolean escaped) {
        List<String> printed = commands.stream().map(Command::print).toList();
        return String.join(escaped ? " \\; " : " ; ", printed);
    }

    /** The commands as words to run; a block is passed on as the text of its commands, as tmux does for a string argument. */
    public List<List<String>> toWords() {
        List<List<String>> sequence = new ArrayList<>();
        for (Command command : commands) {
            List<String> words = new ArrayList<>();
            for (Arg arg : command.words()) words.add(arg instanceof Block block ? block.body().print(false) : ((Word) arg).text());
            sequence.add(words);
        }
        return sequence;
    }
}
