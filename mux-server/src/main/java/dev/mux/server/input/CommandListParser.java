package dev.mux.server.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads command text in tmux's syntax into a {@link CommandList}: blanks separate words;
 * {@code '...'} is literal; {@code "..."} and bare words take backslash escapes; a word {@code ;}
 * (typed bare or as {@code \;}) ends a command; {@code { ... }} is a block of commands.
 * It reads what list-keys prints, so bindings made from that text print the same again. Given
 * variables (as bind-key's command text is read), {@code $NAME} and {@code ${NAME}} in bare and
 * double-quoted words are their values, and {@code ~} starting a bare word alone or before
 * {@code /} is {@code $HOME}, as tmux's parser reads them.
 */
public final class CommandListParser {
    /** Text that is no command list, with tmux's kind of message. */
    public static final class SyntaxError extends Exception {
        public SyntaxError(String message) {
            super(message);
        }
    }

    private final String text;
    /** A variable's value or null; null itself when nothing is expanded. */
    private final UnaryOperator<String> variables;
    private int at;

    private CommandListParser(String text, UnaryOperator<String> variables) {
        this.text = text;
        this.variables = variables;
    }

    /** Reads {@code text} as it is written: no variables, no {@code ~}. */
    public static CommandList parse(String text) throws SyntaxError {
        return parse(text, null);
    }

    /** Reads {@code text} with {@code variables} (a name's value, or null when it is not set). */
    public static CommandList parse(String text, UnaryOperator<String> variables) throws SyntaxError {
        CommandListParser parser = new CommandListParser(text, variables);
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
        if (variables != null && text.charAt(at) == '~' && endsWordOrSlash(at + 1)) {
            String home = variables.apply("HOME");
            if (home != null) {
                at++;
                word.append(home);
            }
        }
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
                    else if (inner == '$' && variables != null) variable(word);
                    else word.append(inner);
                }
                if (at == text.length()) throw new SyntaxError("syntax error: missing \"");
                at++;
            } else if (c == '\\') {
                escape(word);
            } else if (c == '$' && variables != null) {
                variable(word);
            } else {
                word.append(c);
            }
        }
        return word.toString();
    }

    private boolean endsWordOrSlash(int next) {
        return endsWord(next) || text.charAt(next) == '/';
    }

    /** After a {@code $}: the value of the variable named next (empty if unset), or the {@code $} itself before no name. */
    private void variable(StringBuilder word) throws SyntaxError {
        boolean braced = at < text.length() && text.charAt(at) == '{';
        int start = braced ? at + 1 : at;
        int end = start;
        while (end < text.length() && (isAsciiLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) end++;
        if (braced) {
            if (end == text.length() || text.charAt(end) != '}') throw new SyntaxError("invalid environment variable");
            at = end + 1;
        } else if (end == start || Character.isDigit(text.charAt(start))) {
            word.append('$');
            return;
        } else {
            at = end;
        }
        String value = variables.apply(text.substring(start, end));
        if (value != null) word.append(value);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
