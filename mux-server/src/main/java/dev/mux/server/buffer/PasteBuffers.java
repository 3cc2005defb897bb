package dev.mux.server.buffer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The server's paste buffers, with tmux's rules (paste.c): copying adds an automatic buffer
 * {@code buffer0}, {@code buffer1}... and drops the oldest automatic ones beyond the buffer limit;
 * a buffer set by name is never dropped; "the top" is the newest buffer of either kind; empty text
 * makes no buffer. Loop thread only.
 */
public final class PasteBuffers {
    private static final String AUTOMATIC_PREFIX = "buffer";

    /** Told of each buffer that is set (added, replaced, renamed to) and each that goes (deleted, dropped, renamed from). */
    public interface Watcher {
        void changed(String name);

        void deleted(String name);
    }

    private final Map<String, PasteBuffer> byName = new LinkedHashMap<>();
    private final IntSupplier limit;
    private long nextOrder;
    private int nextIndex;
    /** Changes so far: a snapshot is due when this moved. */
    private long changes;
    private Watcher watcher = new Watcher() {
        @Override
        public void changed(String name) {}

        @Override
        public void deleted(String name) {}
    };

    /** @param limit the most automatic buffers kept (the buffer-limit option), asked on each add */
    public PasteBuffers(IntSupplier limit) {
        this.limit = limit;
    }

    public void watch(Watcher changes) {
        watcher = changes;
    }

    /** Adds an automatic buffer (a copy, capture-pane); returns it, or empty if {@code data} is empty. */
    public Optional<PasteBuffer> add(String data) {
        return add(null, data);
    }

    /**
     * Adds an automatic buffer named {@code prefix} and the next number (null: tmux's "buffer"),
     * as a copy-mode command given a prefix names it.
     */
    public Optional<PasteBuffer> add(String prefix, String data) {
        if (data.isEmpty()) return Optional.empty();
        List<PasteBuffer> automatic = newestFirst().stream().filter(PasteBuffer::automatic).toList();
        for (int i = automatic.size() - 1; i >= Math.max(0, limit.getAsInt() - 1); i--) {
            remove(automatic.get(i).name());
        }
        String name;
        do {
            name = (prefix == null ? AUTOMATIC_PREFIX : prefix) + nextIndex++;
        } while (byName.containsKey(name));
        PasteBuffer buffer = new PasteBuffer(name, data, true, nextOrder++, now());
        byName.put(name, buffer);
        changes++;
        watcher.changed(name);
        return Optional.of(buffer);
    }

    /**
     * Sets buffer {@code name} (null: adds an automatic one), replacing one of that name; it becomes
     * the newest. Empty text changes nothing.
     */
    public void set(String name, String data) throws BufferException {
        if (data.isEmpty()) return;
        if (name == null) {
            add(data);
            return;
        }
        if (name.isEmpty()) throw new BufferException("empty buffer name");
        // As tmux's paste_set: the old buffer of that name goes (and is told gone) before the new one is told.
        remove(name);
        byName.put(name, new PasteBuffer(name, data, false, nextOrder++, now()));
        changes++;
        watcher.changed(name);
    }

    /** Renames a buffer, which makes it a named one that the limit never drops. */
    public void rename(String oldName, String newName) throws BufferException {
        if (newName == null || newName.isEmpty()) throw new BufferException("new name is empty");
        PasteBuffer buffer = require(oldName);
        if (byName.containsKey(newName)) throw new BufferException("buffer " + newName + " already exists");
        byName.remove(oldName);
        byName.put(newName, new PasteBuffer(newName, buffer.data(), false, buffer.order(), buffer.created()));
        changes++;
        watcher.deleted(oldName);
        watcher.changed(newName);
    }

    public Optional<PasteBuffer> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The buffer called {@code name}; fails with tmux's "no buffer NAME". */
    public PasteBuffer require(String name) throws BufferException {
        PasteBuffer buffer = byName.get(name);
        if (buffer == null) throw new BufferException("no buffer " + name);
        return buffer;
    }

    /** The newest buffer, which paste-buffer pastes when no name is given. */
    public Optional<PasteBuffer> top() {
        return byName.values().stream().max(Comparator.comparingLong(PasteBuffer::order));
    }

    public void delete(String name) {
        remove(name);
    }

    /** How many times buffers were added, set, renamed or deleted. */
    public long changes() {
        return changes;
    }

    /**
     * A buffer of a snapshot, restored under its old name as the newest; an automatic one's number
     * is not given out again.
     */
    public void restore(String name, String data, boolean automatic) {
        if (data.isEmpty() || name.isEmpty()) return;
        byName.remove(name);
        byName.put(name, new PasteBuffer(name, data, automatic, nextOrder++, now()));
        if (automatic && name.startsWith(AUTOMATIC_PREFIX) && name.substring(AUTOMATIC_PREFIX.length()).matches("[0-9]{1,9}")) {
            nextIndex = Math.max(nextIndex, Integer.parseInt(name.substring(AUTOMATIC_PREFIX.length())) + 1);
        }
        changes++;
    }

    private void remove(String name) {
        if (byName.remove(name) != null) {
            changes++;
            watcher.deleted(name);
        }
    }

    /** Every buffer, newest first, as list-buffers shows them. */
    public List<PasteBuffer> newestFirst() {
        List<PasteBuffer> all = new ArrayList<>(byName.values());
        all.sort(Comparator.comparingLong(PasteBuffer::order).reversed());
        return all;
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
