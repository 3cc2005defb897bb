package dev.mux.server.cmd;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits input into command sequences, each a list of words ready for the command table.
 *
 * <p>{@link #splitArguments} is for words the shell already split (the {@code mux} command line), as
 * tmux's cmd_parse_from_arguments: a word {@code ;}, or a trailing {@code ;} on a word, ends a
 * command; {@code \;} at the end of a word is a literal semicolon.
 *
 * <p>{@link #splitLine} is for text mux reads itself (the config file, the command prompt), a subset
 * of tmux's PARSING SYNTAX: blanks separate words; {@code '...'} is literal; {@code "..."} and bare
 * words take backslash escapes ({@code \e \r \n \t}, {@code \ooo}, {@code \}{@code uXXXX}, else the
 * character itself); {@code #} at the start of a word begins a comment; a newline, a {@code ;} word
 * or a trailing {@code ;} ends a command; a backslash before a newline joins lines. Environment
 * variables, {@code ~} and {@code {}} blocks are not supported: {@code $} and {@code ~} are literal,
 * and a word starting with a brace is refused rather than misread.
 */
public final class CommandLineSplitter {
    private CommandLineSplitter() {
    }

    public static List<List<String>> splitArguments(List<String> argv) {
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : argv) {
            boolean ends = word.endsWith(";") && !word.endsWith("\\;");
            String text = word.endsWith("\\;") ? word.substring(0, word.length() - 2) + ";"
                    : ends ? word.substring(0, word.length() - 1) : word;
            if (!ends || !text.isEmpty()) current.add(text);
            if (ends) current = finish(commands, current);
        }
        finish(commands, current);
        return commands;
    }

    public static List<List<String>> splitLine(String text) throws CommandException {
        return new LineReader(text).read();
    }

    /** Adds {@code current} to {@code commands} unless it is empty; returns a fresh list for the next one. */
    private static List<String> finish(List<List<String>> commands, List<String> current) {
        if (current.isEmpty()) return current;
        commands.add(current);
        return new ArrayList<>();
    }

    /** One pass over a text, character by character, keeping the command being built. */
    private static final class LineReader {
        private final String text;
        private int at;
        private final List<List<String>> commands = new ArrayList<>();
        private List<String> current = new ArrayList<>();

        LineReader(String text) {
            this.text = text.replace("\\\n", "");
        }

        List<List<String>> read() throws CommandException {
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == ' ' || c == '\t' || c == '\r') {
                    at++;
                } else if (c == '\n') {
                    at++;
                    current = finish(commands, current);
                } else if (c == '#') {
                    while (at < text.length() && text.charAt(at) != '\n') at++;
                } else if (c == '{' || c == '}') {
                    throw new CommandException("braces are not supported: " + c);
                } else {
                    readWord();
                }
            }
            finish(commands, current);
            return commands;
        }

        private void readWord() throws CommandException {
            StringBuilder word = new StringBuilder();
            boolean quoted = false;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') break;
                if (c == ';' && endsWord(at + 1)) {
                    at++;
                    addWord(word, quoted);
                    current = finish(commands, current);
                    return;
                }
                at++;
                if (c == '\'') {
                    quoted = true;
                    readUntil('\'', word, false);
                } else if (c == '"') {
                    quoted = true;
                    readUntil('"', word, true);
                } else if (c == '\\') {
                    readEscape(word);
                } else {
                    word.append(c);
                }
            }
            addWord(word, quoted);
        }

        private void addWord(StringBuilder word, boolean quoted) {
            if (quoted || word.length() > 0) current.add(word.toString());
        }

        private boolean endsWord(int next) {
            return next == text.length() || " \t\r\n".indexOf(text.charAt(next)) >= 0;
        }

        private void readUntil(char quote, StringBuilder word, boolean escapes) throws CommandException {
            while (at < text.length() && text.charAt(at) != quote && text.charAt(at) != '\n') {
                char c = text.charAt(at++);
                if (escapes && c == '\\') readEscape(word);
                else word.append(c);
            }
            if (at == text.length() || text.charAt(at) != quote) {
                throw new CommandException("missing " + quote);
            }
            at++;
        }

        private void readEscape(StringBuilder word) throws CommandException {
            if (at == text.length()) throw new CommandException("unexpected end of line after \\");
            char c = text.charAt(at++);
            switch (c) {
                case 'e' -> word.append('\033');
                case 'r' -> word.append('\r');
                case 'n' -> word.append('\n');
                case 't' -> word.append('\t');
                case 'u' -> word.appendCodePoint(readCodePoint());
                default -> {
                    if (c >= '0' && c <= '7') word.append(readOctal(c));
                    else word.append(c);
                }
            }
        }

        /** {@code \ooo}: exactly three octal digits, at most \377. */
        private char readOctal(char first) throws CommandException {
            String digits = first + text.substring(at, Math.min(at + 2, text.length()));
            if (!digits.matches("[0-3][0-7][0-7]")) throw new CommandException("invalid octal escape: \\" + digits);
            at += 2;
            return (char) Integer.parseInt(digits, 8);
        }

        /** {@code \}{@code uXXXX} or {@code \}{@code uXXXXXXXX}: four or eight hex digits. */
        private int readCodePoint() throws CommandException {
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
            throw new CommandException("invalid \\u escape");
        }
    }
}
