package dev.mux.server.cmd;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The server's message log (show-messages): the messages shown on clients' status lines and the
 * commands clients ran, numbered, each with its time; the oldest go past message-limit entries.
 */
public final class MessageLog {
    /** One message: its number in the server's life, when it came, its text. */
    public record Entry(long number, Instant time, String text) {}

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final IntSupplier limit;
    private long next;

    /** {@code limit} reads message-limit, which may change at any time. */
    public MessageLog(IntSupplier limit) {
        this.limit = limit;
    }

    public void add(String text) {
        entries.addLast(new Entry(next++, Instant.now(), text));
        int keep = Math.max(0, limit.getAsInt());
        while (entries.size() > keep) entries.removeFirst();
    }

    /** The entries, newest first, as show-messages prints them. */
    public List<Entry> newestFirst() {
        List<Entry> list = new ArrayList<>(entries);
        Collections.reverse(list);
        return list;
    }
}
