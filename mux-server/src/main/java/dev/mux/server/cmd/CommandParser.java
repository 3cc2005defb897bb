package dev.mux.server.cmd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a text of commands in tmux's syntax (a config file, a line typed at the prompt, a command
 * string of if-shell or a key binding) into commands, each a list of words and the line it ends on.
 *
 * <p>Blanks separate words; a newline, or {@code ;} ending a word, ends a command; {@code #} at the
 * start of a word comments out the rest of the line; a backslash before a newline joins lines.
 * {@code '...'} is literal; {@code "..."} and bare words take backslash escapes and {@code $NAME}
 * or {@code ${NAME}}; {@code ~} alone or before {@code /} starting a bare word is the home
 * directory ({@code $HOME}; without one it stays). {@code { ... }} is one
 * word holding the commands inside it, in a form that parses back to them. A command that is only
 * {@code NAME=value} assigns a variable; {@code %hidden NAME=value} a hidden one; {@code %if},
 * {@code %elif}, {@code %else} and {@code %endif} keep or drop the commands between them by a
 * format's truth. Each of these asks {@link ParseHost}.
 */
public final class CommandParser {
    /** One command: its words and the line of its last word. */
    public record Parsed(List<String> words, int line) {}

    /** Text that is no command at all, and the line where that was seen. */
    public static final class SyntaxException extends Exception {
        private final int line;

        SyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);
    private static final String BLANKS = " \t\r";

    private final String text;
    private final ParseHost host;
    private final int firstLine;
    private int at;
    private int line;
    /** The open %if branches, innermost first. */
    private final Deque<Branch> branches = new ArrayDeque<>();

    /** One %if: whether its commands run now, and whether one of its branches already ran. */
    private static final class Branch {
        final boolean outerActive;
        boolean active;
        boolean taken;
        boolean sawElse;

        Branch(boolean outerActive, boolean holds) {
            this.outerActive = outerActive;
            this.active = outerActive && holds;
            this.taken = active;
        }
    }

    private CommandParser(String text, int firstLine, ParseHost host) {
        this.text = text;
        this.line = firstLine;
        this.firstLine = firstLine;
        this.host = host;
    }

    /** Parses {@code text}, whose first line is numbered {@code firstLine}. */
    public static List<Parsed> parse(String text, int firstLine, ParseHost host) throws SyntaxException {
        CommandParser parser = new CommandParser(text, firstLine, host);
        List<Parsed> commands = parser.commands(false);
        if (!parser.branches.isEmpty()) throw parser.syntaxError();
        return commands;
    }

    /** The text that {@link #parse} reads back as {@code commands}: tmux's form of a block. */
    public static String print(List<List<String>> commands) {
        List<String> printed = new ArrayList<>();
        for (List<String> words : commands) printed.add(String.join(" ", words.stream().map(CommandParser::quote).toList()));
        return String.join(" ; ", printed);
    }

    private static String quote(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./:,+=@%^".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Commands up to the end of the text, or up to the {@code }} that closes a block. */
    private List<Parsed> commands(boolean inBlock) throws SyntaxException {
        List<Parsed> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (at == text.length()) {
                if (inBlock) throw syntaxError();
                finish(commands, current, true);
                return commands;
            }
            char c = text.charAt(at);
            if (c == '\n') {
                finish(commands, current, !inBlock);
                at++;
                line++;
            } else if (c == '#') {
                while (at < text.length() && text.charAt(at) != '\n') at++;
            } else if (c == '%' && current.isEmpty()) {
                directive();
            } else if (c == '}') {
                if (!inBlock) throw syntaxError();
                at++;
                finish(commands, current, false);
                return commands;
            } else if (c == '{') {
                if (current.isEmpty()) throw syntaxError();
                at++;
                List<Parsed> block = commands(true);
                current.add(print(block.stream().map(Parsed::words).toList()));
            } else if (c == ';' && endsWord(at + 1)) {
                at++;
                finish(commands, current, !inBlock);
            } else {
                String word = readWord();
                if (word != null) current.add(word);
            }
        }
    }

    /** Ends the command being read: kept if no %if drops it, or taken as an assignment. */
    private void finish(List<Parsed> commands, List<String> current, boolean mayAssign) {
        if (current.isEmpty()) return;
        if (active()) {
            if (mayAssign && current.size() == 1 && ASSIGNMENT.matcher(current.get(0)).matches()) {
                assign(current.get(0), false);
            } else {
                commands.add(new Parsed(List.copyOf(current), line));
            }
        }
        current.clear();
    }

    private void assign(String assignment, boolean hidden) {
        int equals = assignment.indexOf('=');
        host.assign(assignment.substring(0, equals), assignment.substring(equals + 1), hidden);
    }

    private boolean active() {
        return branches.isEmpty() || branches.peek().active;
    }

    /**
     * A line starting with %: a conditional or a hidden assignment. One that is misplaced or
     * malformed is reported on the line before it, as tmux 3.3a does (its lexer has not counted the
     * directive's line yet).
     */
    private void directive() throws SyntaxException {
        int directiveLine = line;
        try {
            readDirective();
        } catch (SyntaxException e) {
            if (!e.getMessage().equals("syntax error")) throw e;
            throw new SyntaxException(Math.max(firstLine, directiveLine - 1), e.getMessage());
        }
    }

    private void readDirective() throws SyntaxException {
        int start = at;
        while (at < text.length() && BLANKS.indexOf(text.charAt(at)) < 0 && text.charAt(at) != '\n') at++;
        String name = text.substring(start, at);
        List<String> words = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (at == text.length() || text.charAt(at) == '\n' || text.charAt(at) == '#') break;
            String word = readWord();
            if (word != null) words.add(word);
        }
        switch (name) {
            case "%if" -> {
                requireCount(words, 1);
                boolean outer = active();
                branches.push(new Branch(outer, outer && host.condition(words.get(0))));
            }
            case "%elif" -> {
                requireCount(words, 1);
                Branch branch = openBranch(true);
                branch.active = branch.outerActive && !branch.taken && host.condition(words.get(0));
                branch.taken |= branch.active;
            }
            case "%else" -> {
                requireCount(words, 0);
                Branch branch = openBranch(true);
                branch.sawElse = true;
                branch.active = branch.outerActive && !branch.taken;
                branch.taken = true;
            }
            case "%endif" -> {
                requireCount(words, 0);
                openBranch(false);
                branches.pop();
            }
            case "%hidden" -> {
                requireCount(words, 1);
                if (!ASSIGNMENT.matcher(words.get(0)).matches()) throw syntaxError();
                if (active()) assign(words.get(0), true);
            }
            default -> throw syntaxError();
        }
    }

    private Branch openBranch(boolean beforeElse) throws SyntaxException {
        Branch branch = branches.peek();
        if (branch == null || (beforeElse && branch.sawElse)) throw syntaxError();
        return branch;
    }

    private void requireCount(List<String> words, int count) throws SyntaxException {
        if (words.size() != count) throw syntaxError();
    }

    private SyntaxException syntaxError() {
        return new SyntaxException(line, "syntax error");
    }

    private void skipBlanks() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (BLANKS.indexOf(c) >= 0) {
                at++;
            } else if (c == '\\' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
                at += 2;
                line++;
            } else {
                return;
            }
        }
    }

    private boolean endsWord(int next) {
        return next == text.length() || " \t\r\n".indexOf(text.charAt(next)) >= 0;
    }

    /** A word, or null when only quotes-free nothing was there (a lone continuation). */
    private String readWord() throws SyntaxException {
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        String home = host.variable("HOME");
        if (home != null && text.charAt(at) == '~' && (at + 1 == text.length() || "/ \t\r\n".indexOf(text.charAt(at + 1)) >= 0)) {
            at++;
            word.append(home);
        }
        while (at < text.length()) {
            char c = text.charAt(at);
            if (BLANKS.indexOf(c) >= 0 || c == '\n') break;
            if (c == ';' && endsWord(at + 1)) break;
            at++;
            if (c == '\'') {
                quoted = true;
                readSingleQuoted(word);
            } else if (c == '"') {
                quoted = true;
                readDoubleQuoted(word);
            } else if (c == '\\') {
                readEscape(word);
            } else if (c == '$') {
                // A variable makes a word even when it is empty, as tmux's.
                quoted |= readVariable(word);
            } else {
                word.append(c);
            }
        }
        return quoted || word.length() > 0 ? word.toString() : null;
    }

    /** Up to the closing quote, newlines and all; the end of the text closes it too, as in tmux. */
    private void readSingleQuoted(StringBuilder word) {
        while (at < text.length() && text.charAt(at) != '\'') {
            if (text.charAt(at) == '\n') line++;
            word.append(text.charAt(at++));
        }
        if (at < text.length()) at++;
    }

    private void readDoubleQuoted(StringBuilder word) throws SyntaxException {
        while (at < text.length() && text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c == '\\') {
                readEscape(word);
            } else if (c == '$') {
                readVariable(word);
            } else {
                if (c == '\n') line++;
                word.append(c);
            }
        }
        if (at < text.length()) at++;
    }

    /**
     * {@code $NAME} or {@code ${NAME}}: its value, empty if unset; a {@code $} before anything else
     * (a digit too) is itself. Returns whether a variable was read.
     */
    private boolean readVariable(StringBuilder word) throws SyntaxException {
        boolean braced = at < text.length() && text.charAt(at) == '{';
        int start = braced ? at + 1 : at;
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) end++;
        if (braced) {
            if (end == text.length() || text.charAt(end) != '}') throw new SyntaxException(line, "invalid environment variable");
            at = end + 1;
        } else {
            // A name cannot begin with a digit, as in tmux: "$0" is itself.
            if (end == start || Character.isDigit(text.charAt(start))) {
                word.append('$');
                return false;
            }
            at = end;
        }
        String value = host.variable(text.substring(start, end));
        if (value != null) word.append(value);
        return true;
    }

    private void readEscape(StringBuilder word) throws SyntaxException {
        if (at == text.length()) throw new SyntaxException(line, "unexpected end of line after \\");
        char c = text.charAt(at++);
        switch (c) {
            case 'e' -> word.append('\033');
            case 'r' -> word.append('\r');
            case 'n' -> word.append('\n');
            case 't' -> word.append('\t');
            case 'u' -> word.appendCodePoint(readCodePoint());
            case '\n' -> line++;
            default -> {
                if (c >= '0' && c <= '7') word.append(readOctal(c));
                else word.append(c);
            }
        }
    }

    /** {@code \ooo}: exactly three octal digits, at most \377. */
    private char readOctal(char first) throws SyntaxException {
        String digits = first + text.substring(at, Math.min(at + 2, text.length()));
        if (!digits.matches("[0-3][0-7][0-7]")) throw new SyntaxException(line, "invalid octal escape: \\" + digits);
        at += 2;
        return (char) Integer.parseInt(digits, 8);
    }

    /** {@code \}{@code uXXXX} or {@code \}{@code uXXXXXXXX}: four or eight hex digits. */
    private int readCodePoint() throws SyntaxException {
        for (int length : new int[] {8, 4}) {
            String digits = text.substring(at, Math.min(at + length, text.length()));
            if (digits.length() == length && digits.matches("[0-9a-fA-F]+")) {
                long value = Long.parseLong(digits, 16);
                if (value <= Character.MAX_CODE_POINT) {
                    at += length;
                    return (int) value;
                }
            }
        }
        throw new SyntaxException(line, "invalid \\u argument");
    }
}
