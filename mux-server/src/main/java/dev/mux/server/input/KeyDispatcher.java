package dev.mux.server.input;

import dev.mux.server.mouse.MouseEvent;
import dev.mux.server.mouse.MouseKey;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

/**
 * An attached client's keys, looked up as tmux's server_client_key_callback does: the prefix key
 * (or prefix2) moves to the prefix table for the next key; otherwise a key is looked up in the
 * default table (the session's key-table, root unless changed; "root" below), or, while the pane
 * is in a mode with a key table of its own (copy mode), in that table and then in root. A key bound nowhere goes to the pane (to a mode without a table, the mode), except after
 * the prefix or in a mode's table, where it is dropped. After a repeatable (-r) binding, further
 * prefix-table keys need no prefix for the repeat-time ({@link Actions#repeatMillis}), each such key
 * starting it again, as in tmux.
 */
public final class KeyDispatcher {
    /** What the keys ask for. */
    public interface Actions {
        void toPane(byte[] bytes);

        /** Runs a binding's commands, each a list of words. */
        void run(List<List<String>> commands);

        /** The prefix key in canonical form (option prefix of the client's session). */
        String prefix();

        /** The second prefix key in canonical form (option prefix2), or null for none. */
        default String secondPrefix() {
            return null;
        }

        /** The table a key is looked up in when nothing chose another: the session's key-table. */
        default String defaultTable() {
            return KeyBindings.ROOT_TABLE;
        }

        long nowMillis();

        /** How long after a repeatable (-r) binding the next needs no prefix: the session's repeat-time. */
        default long repeatMillis() {
            return REPEAT_MILLIS;
        }

        /**
         * Whether a menu or popup shown over the panes takes {@code key} (whose mouse report is
         * {@code mouse}, else null): then it takes every key and mouse report, before the prompt.
         */
        default boolean toOverlay(KeyReader.Key key, MouseEvent mouse) {
            return false;
        }

        /** Whether a menu or popup shows over the panes now. */
        default boolean overlayShown() {
            return false;
        }

        /** Whether a prompt being typed on the client's status line takes {@code key}: then it takes every key. */
        default boolean toPrompt(KeyReader.Key key) {
            return false;
        }

        /** The key table of the mode the active pane is in (copy-mode, copy-mode-vi), or null. */
        default String modeTable() {
            return null;
        }

        /** The client's terminal reported that it gained ({@code in}) or lost the focus: CSI I or CSI O (mode 1004). */
        default void focus(boolean in) {
        }

        /** The character BSpace sends to a pane: the server's backspace option ({@link Backspace#character}). */
        default int backspace() {
            return Backspace.DELETE;
        }

        /**
         * Keys closer together than this (the session's assume-paste-time, in milliseconds; 0 for
         * never) are taken as pasted ({@link PasteGuess}).
         */
        default long assumePasteMillis() {
            return 0;
        }

        /** A clock in nanoseconds, for {@link #assumePasteMillis}. */
        default long nowNanos() {
            return System.nanoTime();
        }

        /**
         * Whether the pane the keys go to gets keys in their extended form (it asked for them, or the
         * extended-keys option is {@code always}): asked only for a key the terminal sent in that form.
         */
        default boolean extendedKeys() {
            return false;
        }

        /** Whether the pane the keys go to takes {@code key} itself, as a pane in a mode without a key table does. */
        default boolean toPaneMode(KeyReader.Key key) {
            return false;
        }

        /**
         * A mouse report from the client's terminal made a key ({@code MouseDown1Pane}...), or empty
         * when it makes none (a move that went to a drag, a cell over nothing).
         */
        default Optional<MouseKey> mouse(MouseEvent event) {
            return Optional.empty();
        }

        /** Whether mouse keys are looked up in the key tables (the mouse option); if not they go to the pane. */
        default boolean mouseBindings() {
            return false;
        }

        /** The key table of the mode the pane under the mouse is in, or null. */
        default String modeTable(MouseKey key) {
            return null;
        }

        /** Runs a binding of a mouse key: its commands see the key (the {@code =} target, {@code send-keys -M}). */
        default void run(List<List<String>> commands, MouseKey key) {
            run(commands);
        }

        /** A mouse key bound nowhere: to the pane under it (its mode, or its program if it asked for the mouse). */
        default void toPane(MouseKey key) {
        }
    }

    /** tmux's default repeat-time. */
    static final long REPEAT_MILLIS = 500;

    private final KeyBindings bindings;
    private final Actions actions;
    private boolean afterPrefix;
    /** The table switch-client -T chose for the next key, or null. */
    private String nextTable;
    private long repeatUntil;
    private final PasteGuess paste = new PasteGuess();

    public KeyDispatcher(KeyBindings bindings, Actions actions) {
        this.bindings = bindings;
        this.actions = actions;
    }

    /**
     * switch-client -T: the next key is looked up in {@code table} (then root; bound in neither, it is
     * dropped), as after the prefix.
     */
    public void useTable(String table) {
        if (table.equals(KeyBindings.PREFIX_TABLE)) {
            afterPrefix = true;
        } else if (!table.equals(actions.defaultTable())) {
            nextTable = table;
        }
    }

    /** The table the next key is looked up in first, as tmux's #{client_key_table} names it. */
    public String table() {
        if (nextTable != null) return nextTable;
        if (afterPrefix || actions.nowMillis() < repeatUntil) return KeyBindings.PREFIX_TABLE;
        return actions.defaultTable();
    }

    public void handle(byte[] bytes) {
        ByteArrayOutputStream forPane = new ByteArrayOutputStream(bytes.length);
        // As in tmux, whose key bindings run from a queue after the read: keys read with the one that
        // opened a menu or popup go on to the tables, not to it.
        boolean overlayBefore = actions.overlayShown();
        for (KeyReader.Key key : KeyReader.read(bytes)) {
            if (isFocusReport(key)) {
                // As tmux, the report changes which panes have the focus; it is no key for a pane or a prompt.
                flush(forPane);
                actions.focus(key.typed()[2] == 'I');
                continue;
            }
            Optional<MouseEvent> mouse = MouseEvent.parse(key.typed());
            if (overlayBefore && actions.toOverlay(key, mouse.orElse(null))) {
                flush(forPane);
                continue;
            }
            if (actions.toPrompt(key)) {
                flush(forPane);
                afterPrefix = false;
                continue;
            }
            if (mouse.isPresent()) {
                flush(forPane);
                actions.mouse(mouse.get()).ifPresent(this::dispatchMouse);
                continue;
            }
            dispatch(key, forPane);
        }
        flush(forPane);
    }

    private void dispatch(KeyReader.Key key, ByteArrayOutputStream forPane) {
        if (paste.pasted(actions.nowNanos(), actions.assumePasteMillis())) {
            // As tmux, a pasted key is looked up in no table, the prefix included; a mode with a table takes none.
            if (actions.modeTable() == null && !actions.toPaneMode(key)) forPane.writeBytes(bytesForPane(key));
            return;
        }
        if (nextTable != null) {
            String table = nextTable;
            nextTable = null;
            bindings.lookup(table, key.canonical()).or(() -> bindings.lookup(actions.defaultTable(), key.canonical()))
                    .ifPresent(b -> run(b, forPane));
            return;
        }
        boolean repeating = !afterPrefix && actions.nowMillis() < repeatUntil;
        if (afterPrefix || repeating) {
            boolean wasPrefix = afterPrefix;
            afterPrefix = false;
            Optional<KeyBindings.Binding> binding = bindings.lookup(KeyBindings.PREFIX_TABLE, key.canonical());
            if (binding.isPresent() && (wasPrefix || binding.get().repeat())) {
                repeatUntil = binding.get().repeat() ? actions.nowMillis() + actions.repeatMillis() : 0;
                run(binding.get(), forPane);
                return;
            }
            repeatUntil = 0;
            if (wasPrefix) {
                // tmux tries the default table (root) after the prefix table, and drops a key bound in neither.
                bindings.lookup(actions.defaultTable(), key.canonical()).ifPresent(b -> run(b, forPane));
                return;
            }
        }
        if (key.canonical().equals(actions.prefix()) || key.canonical().equals(actions.secondPrefix())) {
            afterPrefix = true;
            return;
        }
        String modeTable = actions.modeTable();
        if (modeTable != null) {
            Optional<KeyBindings.Binding> binding = bindings.lookup(modeTable, key.canonical())
                    .or(() -> bindings.lookup(actions.defaultTable(), key.canonical()));
            binding.ifPresent(b -> run(b, forPane));
            return;
        }
        Optional<KeyBindings.Binding> binding = bindings.lookup(actions.defaultTable(), key.canonical());
        if (binding.isPresent()) {
            run(binding.get(), forPane);
        } else if (!actions.toPaneMode(key)) {
            forPane.writeBytes(bytesForPane(key));
        }
    }

    private byte[] bytesForPane(KeyReader.Key key) {
        return key.extended()
                ? ExtendedKeys.toPane(Backspace.replace(key.code(), actions.backspace()), actions.extendedKeys())
                : Backspace.typed(key.typed(), actions.backspace());
    }

    /**
     * A mouse key, looked up as a typed key is (the prefix and switch-client -T tables first, then
     * the mode table of the pane under the mouse, then root), except that a key bound nowhere goes to
     * the pane under the mouse rather than the active one; with the mouse option off it goes there at once.
     */
    public void dispatchMouse(MouseKey key) {
        if (!actions.mouseBindings()) {
            actions.toPane(key);
            return;
        }
        long code = KeyCode.parse(key.name());
        String first = null;
        if (nextTable != null) {
            first = nextTable;
            nextTable = null;
        } else if (afterPrefix) {
            first = KeyBindings.PREFIX_TABLE;
            afterPrefix = false;
        } else if (actions.nowMillis() < repeatUntil) {
            Optional<KeyBindings.Binding> repeated = bindings.lookup(KeyBindings.PREFIX_TABLE, code);
            repeatUntil = 0;
            if (repeated.isPresent() && repeated.get().repeat()) {
                repeatUntil = actions.nowMillis() + actions.repeatMillis();
                actions.run(repeated.get().command(), key);
                return;
            }
        }
        if (first == null) first = actions.modeTable(key);
        Optional<KeyBindings.Binding> binding = first == null ? Optional.empty() : bindings.lookup(first, code);
        if (binding.isEmpty()) binding = bindings.lookup(actions.defaultTable(), code);
        if (binding.isPresent()) {
            actions.run(binding.get().command(), key);
        } else if (first == null) {
            // tmux passes a key on only when root was the first table asked.
            actions.toPane(key);
        }
    }

    private static boolean isFocusReport(KeyReader.Key key) {
        byte[] typed = key.typed();
        return typed.length == 3 && typed[0] == 0x1b && typed[1] == '[' && (typed[2] == 'I' || typed[2] == 'O');
    }

    private void run(KeyBindings.Binding binding, ByteArrayOutputStream forPane) {
        flush(forPane);
        actions.run(binding.command());
    }

    private void flush(ByteArrayOutputStream forPane) {
        if (forPane.size() > 0) {
            actions.toPane(forPane.toByteArray());
            forPane.reset();
        }
    }
}
