package dev.mux.server.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads command text in tmux's syntax into a {@link CommandList}: blanks separate words;
 * {@code '...'} is literal; {@code "..."} and bare words take backslash escapes; a word {@code ;}
 * (typed bare or as {@code \;}) ends a command; {@code { ... }} is a block of commands.
 * It reads what list-keys prints, so bindings made from that text print the same again.
 */
public final class CommandListParser {
    /** Text that is no command list, with tmux's kind of message. */
    public static final class SyntaxError extends Exception {
        public SyntaxError(String message) {
            super(message);
        }
    }

    private final String text;
    private int at;

    private CommandListParser(String text) {
        this.text = text;
    }

    public static CommandList parse(String text) throws SyntaxError {
        CommandListParser parser = new CommandListParser(text);
        CommandList list = parser.list(false);
        if (parser.at < text.length()) throw new SyntaxError("syntax error");
        return list;
    }

    private CommandList list(boolean inBlock) throws SyntaxError {
        List<CommandList.Command> commands = new ArrayList<>();
        List<CommandList.Arg> words = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (at == text.length()) {
                if (inBlock) throw new SyntaxError("syntax error: missing }");
                break;
            }
            char c = text.charAt(at);
            if (c == '}' && inBlock && endsWord(at + 1)) {
                at++;
                break;
            }
            if (c == '{' && endsWord(at + 1)) {
                at++;
                words.add(new CommandList.Block(list(true)));
                continue;
            }
            boolean bare = c != '\'' && c != '"' && c != '\\';
            String word = word();
            if (word.equals(";") || (bare && word.endsWith(";") && !word.isEmpty())) {
                if (!word.equals(";")) words.add(new CommandList.Word(word.substring(0, word.length() - 1)));
                finish(commands, words);
                words = new ArrayList<>();
            } else {
                words.add(new CommandList.Word(word));
            }
        }
        finish(commands, words);
        return new CommandList(commands);
    }

    private static void finish(List<CommandList.Command> commands, List<CommandList.Arg> words) {
        if (!words.isEmpty()) commands.add(new CommandList.Command(words));
    }

    private void skipBlanks() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) at++;
    }

    private boolean endsWord(int next) {
        return next == text.length() || " \t\r\n".indexOf(text.charAt(next)) >= 0;
    }

    private String word() throws SyntaxError {
        StringBuilder word = new StringBuilder();
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) < 0) {
            char c = text.charAt(at++);
            if (c == '\'') {
                int end = text.indexOf('\'', at);
                if (end < 0) throw new SyntaxError("syntax error: missing '");
                word.append(text, at, end);
                at = end + 1;
            } else if (c == '"') {
                while (at < text.length() && text.charAt(at) != '"') {
                    char inner = text.charAt(at++);
                    if (inner == '\\') escape(word);
                    else word.append(inner);
                }
                if (at == text.length()) throw new SyntaxError("syntax error: missing \"");
                at++;
            } else if (c == '\\') {
                escape(word);
            } else {
                word.append(c);
            }
        }
        return word.toString();
    }

    private void escape(StringBuilder word) throws SyntaxError {
        if (at == text.length()) throw new SyntaxError("syntax error: \\ at the end");
        char c = text.charAt(at++);
        switch (c) {
            case 'e' -> word.append('\033');
            case 'r' -> word.append('\r');
            case 'n' -> word.append('\n');
            case 't' -> word.append('\t');
            case 'a' -> word.append('\007');
            case 'b' -> word.append('\b');
            case 'f' -> word.append('\f');
            case 'v' -> word.append('\013');
            case 's' -> word.append(' ');
            default -> {
                if (c >= '0' && c <= '7' && at + 1 < text.length() && text.substring(at, at + 2).matches("[0-7]{2}")) {
                    word.append((char) Integer.parseInt(c + text.substring(at, at + 2), 8));
                    at += 2;
                } else {
                    word.append(c);
                }
            }
        }
    }
}
