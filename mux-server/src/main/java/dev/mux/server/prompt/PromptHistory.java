package dev.mux.server.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Entries typed at the prompt, oldest first, for Up and Down; shared by every client of the server.
 * It keeps as many as prompt-history-limit says, dropping the oldest, as tmux does.
 */
public final class PromptHistory {
    /** prompt-history-limit's default. */
    private static final int DEFAULT_LIMIT = 100;

    private final List<String> entries = new ArrayList<>();
    private final IntSupplier limit;

    /** A history of its own with tmux's default limit (a mode's prompt, which no option governs). */
    public PromptHistory() {
        this(() -> DEFAULT_LIMIT);
    }

    /** @param limit prompt-history-limit, read at each entry */
    public PromptHistory(IntSupplier limit) {
        this.limit = limit;
    }

    /** The entries, oldest first (show-prompt-history). */
    public List<String> entries() {
        return List.copyOf(entries);
    }

    /** clear-prompt-history. */
    public void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    String get(int index) {
        return entries.get(index);
    }

    /**
     * Blank entries are not kept, nor a repeat of the last one; with the history full, the oldest
     * go first (all of them when the limit is 0).
     */
    public void add(String entry) {
        if (entry.isBlank()) return;
        boolean repeat = !entries.isEmpty() && entries.get(entries.size() - 1).equals(entry);
        int keep = Math.max(0, limit.getAsInt());
        if (!repeat) entries.add(entry);
        while (entries.size() > keep) entries.remove(0);
    }
}
