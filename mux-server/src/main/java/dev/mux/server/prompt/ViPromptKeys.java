package dev.mux.server.prompt;

import dev.mux.server.input.KeyReader;
import dev.mux.server.prompt.CommandPrompt.Edit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * status-keys vi for the prompt, as tmux 3.3a translates keys: the prompt starts in insert mode,
 * where Escape enters command mode and the keys of tmux's short list edit as in emacs (others are
 * typed); in command mode vi's letters move and delete, and i, a, A, I, s, S and C go back to
 * insert. Words for b, w and e are runs of characters other than spaces.
 */
final class ViPromptKeys {
    /** What a key does: an edit or nothing ({@code edit} null), typed text ({@code insert}). */
    record Translation(Edit edit, boolean insert) {
        static final Translation NOTHING = new Translation(null, false);
        static final Translation TYPED = new Translation(null, true);
    }

    /** A command-mode key: its edit (or none) and whether it goes back to insert mode. */
    private record Command(Edit edit, boolean toInsert) {}

    /** The emacs keys tmux lets through in insert mode; Escape is the one way out of it. */
    private static final Set<String> INSERT_EDITS = canonical(Set.of("C-a", "C-c", "C-e", "C-g", "C-h", "C-k", "C-n",
            "C-p", "C-u", "C-w", "Enter", "C-m", "BSpace", "DC", "Down", "End", "Home", "Left", "Right", "Up"));
    private static final String ESCAPE = KeyReader.canonical("Escape");
    private static final Map<String, Command> COMMANDS = commands();

    private boolean commandMode;

    /** Whether the prompt is in command mode: it is drawn in message-command-style. */
    boolean commandMode() {
        return commandMode;
    }

    Translation translate(KeyReader.Key key, Map<String, Edit> emacs) {
        String canonical = key.canonical();
        if (!commandMode) {
            if (canonical.equals(ESCAPE)) {
                commandMode = true;
                return Translation.NOTHING;
            }
            return INSERT_EDITS.contains(canonical) ? new Translation(emacs.get(canonical), false) : Translation.TYPED;
        }
        Command command = COMMANDS.get(canonical);
        if (command == null) return Translation.NOTHING;
        if (command.toInsert()) commandMode = false;
        return new Translation(command.edit(), false);
    }

    private static Map<String, Command> commands() {
        Map<String, Command> byName = new HashMap<>();
        for (String name : new String[] {"Escape", "i"}) byName.put(name, new Command(null, true));
        byName.put("a", new Command(Edit.RIGHT, true));
        byName.put("A", new Command(Edit.END, true));
        byName.put("I", new Command(Edit.HOME, true));
        byName.put("s", new Command(Edit.DELETE, true));
        byName.put("S", new Command(Edit.KILL_LINE, true));
        byName.put("C", new Command(Edit.KILL_END, true));
        put(byName, Edit.END, "$");
        put(byName, Edit.HOME, "0", "^");
        put(byName, Edit.KILL_END, "D");
        put(byName, Edit.KILL_LINE, "d");
        put(byName, Edit.DELETE_BACK, "X", "C-h");
        put(byName, Edit.DELETE, "x", "DC");
        put(byName, Edit.LEFT, "h", "Left", "BSpace");
        put(byName, Edit.RIGHT, "l", "Right");
        put(byName, Edit.NEWER, "j", "Down");
        put(byName, Edit.OLDER, "k", "Up");
        put(byName, Edit.WORD_BACK, "b", "B");
        put(byName, Edit.WORD_NEXT, "w", "W");
        put(byName, Edit.WORD_END, "e", "E");
        put(byName, Edit.CANCEL, "q", "C-c");
        put(byName, Edit.SUBMIT, "Enter", "C-m");
        Map<String, Command> byKey = new HashMap<>();
        byName.forEach((name, command) -> byKey.put(KeyReader.canonical(name), command));
        return Map.copyOf(byKey);
    }

    private static void put(Map<String, Command> byName, Edit edit, String... names) {
        for (String name : names) byName.put(name, new Command(edit, false));
    }

    private static Set<String> canonical(Set<String> names) {
        Set<String> keys = new HashSet<>();
        for (String name : names) keys.add(KeyReader.canonical(name));
        return Set.copyOf(keys);
    }
}
