package dev.mux.server.prompt;

import java.util.ArrayList;
import java.util.List;

/** Entries typed at the prompt, oldest first, for Up and Down; shared by every client of the server. */
public final class PromptHistory {
    /** tmux keeps this many entries. */
    static final int LIMIT = 100;

    private final List<String> entries = new ArrayList<>();

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

    /** Blank entries and repeats of the last one are not kept. */
    void add(String entry) {
        if (entry.isBlank() || (!entries.isEmpty() && entries.get(entries.size() - 1).equals(entry))) return;
        entries.add(entry);
        if (entries.size() > LIMIT) entries.remove(0);
    }
}
