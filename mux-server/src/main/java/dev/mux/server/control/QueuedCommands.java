package dev.mux.server.control;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/**
 * A control client's commands not yet run, in tmux's groups: the commands of one line are a group,
 * and so are those a command inserts after itself (if-shell's, run-shell -C's). A failure drops the
 * rest of the failed command's group only, as tmux's queue drops the items of its group.
 */
final class QueuedCommands {
    private record Entry(List<String> words, int group) {}

    private final Deque<Entry> entries = new ArrayDeque<>();
    private int groups;
    private int current;

    /** A group of commands after all those queued (a line's). */
    void addLast(Collection<List<String>> commands) {
        int group = ++groups;
        for (List<String> words : commands) entries.addLast(new Entry(words, group));
    }

    /** A group of commands before all those queued, to run next (what the running command inserts). */
    void addFirst(List<List<String>> commands) {
        int group = ++groups;
        for (int i = commands.size() - 1; i >= 0; i--) entries.addFirst(new Entry(commands.get(i), group));
    }

    /** The next command's words, which becomes the running one, or null when none is queued. */
    List<String> poll() {
        Entry next = entries.poll();
        if (next == null) return null;
        current = next.group();
        return next.words();
    }

    /** The running command failed: the rest of its group goes. */
    void failed() {
        while (!entries.isEmpty() && entries.peekFirst().group() == current) entries.pollFirst();
    }
}
