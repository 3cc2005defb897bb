package dev.mux.server.cmd;

import java.util.Comparator;
import java.util.List;

/**
 * The table as people read it: one line per command, {@code name (alias) usage} as tmux 3.3a's
 * list-commands prints it, in order of name. list-commands and the client's {@code --help} both
 * print these lines, so no usage string is written twice.
 */
public final class CommandListing {
    private CommandListing() {}

    /** Every command's line, in order of name. */
    public static List<String> lines(CommandTable table) {
        return byName(table).stream().map(CommandListing::line).toList();
    }

    static List<CommandSpec> byName(CommandTable table) {
        return table.commands().stream().map(Command::spec).sorted(Comparator.comparing(CommandSpec::name)).toList();
    }

    /** tmux's line keeps the space before the usage even when the usage is empty ({@code "kill-server "}). */
    static String line(CommandSpec spec) {
        return spec.name() + (spec.alias() == null ? "" : " (" + spec.alias() + ")") + " " + spec.usage();
    }
}
