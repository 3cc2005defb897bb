package dev.mux.server.cmd;

import dev.mux.server.input.KeyBindings;
import dev.mux.server.input.KeyCode;
import java.util.ArrayList;
import java.util.List;

/**
 * list-keys -N: a key and its note a line. Without -T the root table's keys (indented as wide as
 * the prefix text) and then the prefix table's (after the prefix key's name, or -P's text); mouse
 * keys are left out, and keys without a note too unless -a, which shows their commands instead.
 */
final class ListKeysNotes {
    private ListKeysNotes() {}

    static List<String> lines(CommandContext context, ParsedArgs args, long only) {
        KeyBindings bindings = context.keyBindings();
        String table = args.value('T');
        List<String> lines = new ArrayList<>();
        if (table != null) {
            int keyWidth = noteWidth(bindings.table(table), only);
            addNotes(lines, bindings.table(table), args, keyWidth, only, args.value('P', ""));
            return lines;
        }
        long prefix = KeyCode.parse(context.options().session().string("prefix"));
        boolean hasPrefix = prefix != KeyCode.NONE && prefix != KeyCode.UNKNOWN;
        String start = args.has('P') ? args.value('P') : hasPrefix ? KeyCode.name(prefix) + " " : "";
        List<KeyBindings.Binding> root = bindings.table(KeyBindings.ROOT_TABLE);
        List<KeyBindings.Binding> prefixTable = bindings.table(KeyBindings.PREFIX_TABLE);
        int keyWidth = noteWidth(root, only);
        if (hasPrefix) {
            int width = noteWidth(prefixTable, only);
            if (width == 0) hasPrefix = false;
            keyWidth = Math.max(keyWidth, width);
        }
        addNotes(lines, root, args, keyWidth, only, " ".repeat(ListKeysCommand.width(start)));
        if (hasPrefix) addNotes(lines, prefixTable, args, keyWidth, only, start);
        return lines;
    }

    /** The widest key with a note; what the others are padded to. */
    private static int noteWidth(List<KeyBindings.Binding> table, long only) {
        int width = 0;
        for (KeyBindings.Binding binding : table) {
            if (shown(binding, only) && hasNote(binding)) width = Math.max(width, ListKeysCommand.width(binding.keyName()));
        }
        return width;
    }

    private static void addNotes(List<String> lines, List<KeyBindings.Binding> table, ParsedArgs args, int keyWidth, long only,
                                 String start) {
        for (KeyBindings.Binding binding : table) {
            if (!shown(binding, only) || (!hasNote(binding) && !args.has('a'))) continue;
            String note = hasNote(binding) ? binding.note() : binding.commands().print(true);
            lines.add(start + ListKeysCommand.pad(binding.keyName(), keyWidth + 1) + note);
        }
    }

    private static boolean shown(KeyBindings.Binding binding, long only) {
        return (only == KeyCode.UNKNOWN || binding.key() == only) && !KeyCode.isMouse(binding.key());
    }

    private static boolean hasNote(KeyBindings.Binding binding) {
        return binding.note() != null && !binding.note().isEmpty();
    }
}
