package dev.mux.server.prompt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Entries typed at the prompt, oldest first, for Up and Down, kept per prompt type as tmux keeps
 * them (mux's prompt adds to the command type; a history file may fill the others); shared by
 * every client of the server. Each type holds at most prompt-history-limit entries.
 */
public final class PromptHistory {
    /** tmux's prompt types, in its order (show-prompt-history, the history file). */
    public static final List<String> TYPES = List.of("command", "search", "target", "window-target");
    /** prompt-history-limit's default, for a history without the option. */
    static final int LIMIT = 100;

    private final Map<String, List<String>> entries = new LinkedHashMap<>();
    private final IntSupplier limit;

    public PromptHistory() {
        this(() -> LIMIT);
    }

    public PromptHistory(IntSupplier limit) {
        this.limit = limit;
        for (String type : TYPES) entries.put(type, new ArrayList<>());
    }

    /** The command entries, oldest first. */
    public List<String> entries() {
        return entries("command");
    }

    /** The entries of one type, oldest first (show-prompt-history -T). */
    public List<String> entries(String type) {
        return List.copyOf(entries.get(type));
    }

    /** clear-prompt-history. */
    public void clear() {
        entries.values().forEach(List::clear);
    }

    /** clear-prompt-history -T. */
    public void clear(String type) {
        entries.get(type).clear();
    }

    int size(String type) {
        return entries.get(type).size();
    }

    String get(String type, int index) {
        return entries.get(type).get(index);
    }

    /**
     * Adds an entry as tmux's status_prompt_add_history: a repeat of the last one is not added, and
     * the oldest go once the type holds the limit (all of them with a limit of 0).
     */
    public void add(String type, String entry) {
        List<String> list = entries.get(type);
        boolean repeat = !list.isEmpty() && list.get(list.size() - 1).equals(entry);
        int most = Math.max(0, limit.getAsInt());
        if (repeat && most > list.size()) return;
        int over = Math.min(list.size(), list.size() + (repeat ? 0 : 1) - most);
        if (over > 0) list.subList(0, over).clear();
        if (!repeat && most > 0) list.add(entry);
    }
}
