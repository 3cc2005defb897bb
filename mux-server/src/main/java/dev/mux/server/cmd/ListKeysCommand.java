package dev.mux.server.cmd;

import dev.mux.server.input.ArgEscape;
import dev.mux.server.input.KeyBindings;
import dev.mux.server.input.KeyCode;
import java.util.ArrayList;
import java.util.List;

/**
 * list-keys: every binding as the bind-key command that makes it, padded into columns, as tmux
 * 3.3a prints them; with -N the notes instead (keys of root and prefix, the prefix key before the
 * latter; -P another text before them; -a the commands of keys without a note); -1 only the first,
 * on the status line when an attached client asked; a key argument only that key.
 */
final class ListKeysCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-keys", "lsk", "1aNP:T:", 0, 1,
            "[-1aN] [-P prefix-string] [-T key-table] [key]"), ListKeysCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        KeyBindings bindings = context.keyBindings();
        long only = KeyCode.UNKNOWN;
        if (!args.positional().isEmpty()) {
            only = KeyCode.parse(args.positional().get(0));
            if (only == KeyCode.UNKNOWN) throw new CommandException("invalid key: " + args.positional().get(0));
        }
        String table = args.value('T');
        if (table != null && !bindings.hasTable(table)) throw new CommandException("table " + table + " doesn't exist");
        List<String> lines = args.has('N') ? ListKeysNotes.lines(context, args, only) : commandLines(bindings, table, only);
        if (only != KeyCode.UNKNOWN && lines.isEmpty()) throw new CommandException("unknown key: " + args.positional().get(0));
        boolean first = args.has('1') && args.has('N') && !lines.isEmpty();
        if (first && context.requester().attachedSession() != null) {
            // As tmux, the one note goes to the status line of a client that asked from inside (C-b /).
            context.requester().showMessage(lines.get(0), -1);
            return CommandResult.DONE;
        }
        for (String line : first ? lines.subList(0, 1) : lines) context.out().print(line);
        return CommandResult.DONE;
    }

    private static List<String> commandLines(KeyBindings bindings, String table, long only) {
        List<KeyBindings.Binding> shown = new ArrayList<>();
        for (KeyBindings.Binding binding : bindings.all()) {
            if ((table == null || table.equals(binding.table())) && (only == KeyCode.UNKNOWN || binding.key() == only)) {
                shown.add(binding);
            }
        }
        boolean anyRepeat = shown.stream().anyMatch(KeyBindings.Binding::repeat);
        int tableWidth = shown.stream().mapToInt(b -> width(b.table())).max().orElse(0);
        int keyWidth = shown.stream().mapToInt(b -> width(ArgEscape.escape(b.keyName()))).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (KeyBindings.Binding binding : shown) {
            String repeat = !anyRepeat ? "" : binding.repeat() ? "-r " : "   ";
            lines.add("bind-key " + repeat + "-T " + pad(binding.table(), tableWidth) + " "
                    + pad(ArgEscape.escape(binding.keyName()), keyWidth) + " " + binding.commands().print(true));
        }
        return lines;
    }

    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    /** tmux's utf8_padcstr: blanks after the text up to {@code width}, nothing if it is as wide already. */
    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }
}
