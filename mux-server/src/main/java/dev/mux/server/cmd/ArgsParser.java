package dev.mux.server.cmd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a command's words against its {@link CommandSpec}, with getopt semantics as in tmux's
 * arguments.c: flags may be grouped ({@code -dP}); a value is the rest of the word ({@code -sfoo}) or
 * else the next word ({@code -s foo}); {@code --} ends the flags and is dropped; the first word that
 * is not a flag ends them too, and everything from there on is positional even if it starts with
 * {@code -}; a lone {@code -} is positional.
 *
 * <p>Errors carry tmux's wording, {@code command new-session: unknown flag -z}, except for
 * {@code -?}, which answers with the usage line as tmux does.
 */
public final class ArgsParser {
    private ArgsParser() {
    }

    public static ParsedArgs parse(CommandSpec spec, List<String> args) throws CommandException {
        Map<Character, List<String>> flags = new LinkedHashMap<>();
        Map<Character, Integer> counts = new HashMap<>();
        int next = 0;
        while (next < args.size()) {
            String word = args.get(next);
            if (!word.startsWith("-") || word.length() == 1) break;
            next++;
            if (word.equals("--")) break;
            next = parseGroup(spec, word, args, next, flags, counts);
        }
        List<String> positional = args.subList(next, args.size());
        checkCount(spec, positional.size());
        return new ParsedArgs(flags, positional, counts);
    }

    /**
     * Parses one word of grouped flags ({@code -dPs} or {@code -dsfoo}); returns the index of the next
     * unread word, which is one further when the last flag took the following word as its value.
     */
    private static int parseGroup(CommandSpec spec, String word, List<String> args, int next,
                                  Map<Character, List<String>> flags, Map<Character, Integer> counts)
            throws CommandException {
        for (int i = 1; i < word.length(); i++) {
            char flag = word.charAt(i);
            checkFlag(spec, flag);
            List<String> values = flags.computeIfAbsent(flag, f -> new ArrayList<>());
            if (!spec.takesValue(flag)) {
                counts.merge(flag, 1, Integer::sum);
                continue;
            }
            if (i + 1 < word.length()) {
                values.add(word.substring(i + 1));
                return next;
            }
            if (next == args.size()) throw error(spec, "-" + flag + " expects an argument");
            values.add(args.get(next));
            return next + 1;
        }
        return next;
    }

    private static void checkFlag(CommandSpec spec, char flag) throws CommandException {
        if (flag == '?') throw new CommandException(spec.usageLine());
        if (!CommandSpec.isFlagLetter(flag)) throw error(spec, "invalid flag -" + flag);
        if (!spec.accepts(flag)) throw error(spec, "unknown flag -" + flag);
    }

    private static void checkCount(CommandSpec spec, int count) throws CommandException {
        if (count < spec.minArgs()) {
            throw error(spec, "too few arguments (need at least " + spec.minArgs() + ")");
        }
        if (spec.maxArgs() != CommandSpec.UNLIMITED && count > spec.maxArgs()) {
            throw error(spec, "too many arguments (need at most " + spec.maxArgs() + ")");
        }
    }

    private static CommandException error(CommandSpec spec, String problem) {
        return new CommandException("command " + spec.name() + ": " + problem);
    }
}
