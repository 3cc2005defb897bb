package dev.mux.server.mode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A pane's modes, the one on top in charge: it is drawn instead of the pane's screen and takes the
 * pane's keys, as tmux's {@code wp->modes}. Entering a mode that is already on brings it to the top
 * instead of starting it again; leaving the top one shows the one below. A pane with no mode pays
 * for its stack only an empty check.
 */
public final class ModeStack {
    /** The pane's picture changed: a mode came, went or redrew. */
    private final Runnable changed;
    /** Bottom first; empty for a pane that shows its screen. */
    private final List<Entry> entries = new ArrayList<>(0);

    /** The pane's id, which copies and pipes from its modes name to the services. */
    private final int paneId;

    public ModeStack(Runnable changed) {
        this(changed, -1);
    }

    public ModeStack(Runnable changed, int paneId) {
        this.changed = changed;
        this.paneId = paneId;
    }

    /** The mode drawn and given keys, or null when the pane shows its screen. */
    public PaneMode top() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1).mode;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** How many modes are on ({@code #{pane_in_mode}}). */
    public int size() {
        return entries.size();
    }

    /**
     * The mode named {@code name}, brought to the top if it is on, else made by {@code create},
     * pushed and started with {@code services}; returns it.
     */
    public PaneMode enter(String name, Supplier<? extends PaneMode> create, ModeServices services) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            if (entry.mode.name().equals(name)) {
                if (i != entries.size() - 1) {
                    entries.remove(i);
                    entries.add(entry);
                    changed.run();
                }
                return entry.mode;
            }
        }
        Entry entry = new Entry(create.get(), services);
        entries.add(entry);
        changed.run();
        entry.mode.start(entry);
        return entry.mode;
    }

    /** A key for the top mode; false if there is none. */
    public boolean key(String canonicalKey) {
        return key(canonicalKey, null);
    }

    /**
     * A key for the top mode, typed by a client whose commands {@code commands} runs (what the
     * mode's {@link ModeContext#run} reaches while it takes the key); false if there is no mode.
     */
    public boolean key(String canonicalKey, Consumer<String> commands) {
        if (entries.isEmpty()) return false;
        Entry top = entries.get(entries.size() - 1);
        top.commands = commands;
        try {
            top.mode.key(canonicalKey, top);
        } finally {
            top.commands = null;
        }
        return true;
    }

    /** {@code send-keys -X}: the top mode's command {@code name}; false if no mode is on or it takes no commands. */
    public boolean command(String name) {
        if (entries.isEmpty()) return false;
        Entry top = entries.get(entries.size() - 1);
        return top.mode.command(name, top);
    }

    /** {@code send-keys -X} with arguments and a repeat count; false as {@link #command(String)}. */
    public boolean command(String name, java.util.List<String> args, int repeat) {
        if (entries.isEmpty()) return false;
        Entry top = entries.get(entries.size() - 1);
        return top.mode.command(name, args, repeat, top);
    }

    /** The top mode's key table for {@code modeKeys}, or null (no mode, or one that takes keys itself). */
    public String keyTable(String modeKeys) {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1).mode.keyTable(modeKeys);
    }

    /** A mouse drag over the pane, for the top mode; false if there is none. */
    public boolean drag(int column, int row, PaneMode.DragPhase phase) {
        if (entries.isEmpty()) return false;
        Entry top = entries.get(entries.size() - 1);
        top.mode.drag(column, row, phase, top);
        return true;
    }

    /** The mouse wheel over the pane, for the top mode; false if there is none. */
    public boolean wheel(int lines) {
        if (entries.isEmpty()) return false;
        Entry top = entries.get(entries.size() - 1);
        top.mode.wheel(lines, top);
        return true;
    }

    /** The pane's new size, for every mode on it: the ones below show again later at this size. */
    public void resize(int columns, int rows) {
        for (int i = 0; i < entries.size(); i++) entries.get(i).mode.resize(columns, rows);
    }

    /** Leaves the top mode, if any. */
    public void exitTop() {
        if (!entries.isEmpty()) entries.get(entries.size() - 1).exit();
    }

    /** Leaves every mode (copy-mode -q, a pane that ended). */
    public void clear() {
        if (entries.isEmpty()) return;
        List<Entry> left = new ArrayList<>(entries);
        entries.clear();
        for (int i = left.size() - 1; i >= 0; i--) left.get(i).mode.end();
        changed.run();
    }

    /** One mode on the stack; its context is valid while it is on. */
    private final class Entry implements ModeContext {
        private final PaneMode mode;
        private final ModeServices services;
        /** Runs commands as the client whose key the mode is taking; null outside a key. */
        private Consumer<String> commands;

        Entry(PaneMode mode, ModeServices services) {
            this.mode = mode;
            this.services = services;
        }

        private boolean on() {
            return entries.contains(this);
        }

        @Override
        public void redraw() {
            if (on()) changed.run();
        }

        @Override
        public void exit() {
            if (!entries.remove(this)) return;
            mode.end();
            changed.run();
        }

        @Override
        public void run(String commandLine) {
            if (commands != null) commands.accept(commandLine);
        }

        @Override
        public void addPasteBuffer(String text) {
            if (on()) services.addPasteBuffer(text);
        }

        @Override
        public void copyText(String text, String prefix, boolean append) {
            if (on()) services.copyText(paneId, text, prefix, append);
        }

        @Override
        public void pipe(String command, String text) {
            if (on()) services.pipe(paneId, command, text);
        }

        @Override
        public void schedule(long delayMillis, Runnable task) {
            services.schedule(delayMillis, () -> {
                if (on()) task.run();
            });
        }
    }
}
