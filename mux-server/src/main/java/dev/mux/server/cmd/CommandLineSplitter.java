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
 * <p>{@link #splitLine} is for text mux reads itself (the command prompt, a command string of
 * if-shell or run-shell), in tmux's PARSING SYNTAX as {@link CommandParser} reads it.
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

    /** The commands of a text in tmux's syntax, with no variables and no conditions (see {@link CommandParser}). */
    public static List<List<String>> splitLine(String text) throws CommandException {
        return splitLine(text, ParseHost.NONE);
    }

    /** The commands of a text in tmux's syntax, its variables and conditions asked of {@code host}. */
    public static List<List<String>> splitLine(String text, ParseHost host) throws CommandException {
        try {
            return CommandParser.parse(text, 1, host).stream().map(CommandParser.Parsed::words).toList();
        } catch (CommandParser.SyntaxException e) {
            throw new CommandException(e.getMessage());
        }
    }

    /** Adds {@code current} to {@code commands} unless it is empty; returns a fresh list for the next one. */
    private static List<String> finish(List<List<String>> commands, List<String> current) {
        if (current.isEmpty()) return current;
        commands.add(current);
        return new ArrayList<>();
    }

}
