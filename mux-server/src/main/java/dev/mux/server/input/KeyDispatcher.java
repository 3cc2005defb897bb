package dev.mux.server.input;

import dev.mux.server.mouse.MouseEvent;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

/**
 * An attached client's keys, looked up as tmux's server_client_key_callback does: the prefix key
 * moves to the prefix table for the next key; otherwise a key is looked up in the root table, or,
 * while the pane is in a mode with a key table of its own (copy mode), in that table and then in
 * root. A key bound nowhere goes to the pane (to a mode without a table, the mode), except after
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

        long nowMillis();

        /** How long after a repeatable (-r) binding the next needs no prefix: the session's repeat-time. */
        default long repeatMillis() {
            return REPEAT_MILLIS;
        }

        /** Whether a prompt being typed on the client's status line takes {@code key}: then it takes every key. */
        default boolean toPrompt(KeyReader.Key key) {
            return false;
        }

        /** The key table of the mode the active pane is in (copy-mode, copy-mode-vi), or null. */
        default String modeTable() {
            return null;
        }

        /** Whether the pane the keys go to takes {@code key} itself, as a pane in a mode without a key table does. */
        default boolean toPaneMode(KeyReader.Key key) {
            return false;
        }

        /** A mouse report from the client's terminal; never a key, whatever table is in use. */
        default void mouse(MouseEvent event) {
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
        } else if (!table.equals(KeyBindings.ROOT_TABLE)) {
            nextTable = table;
        }
    }

    public void handle(byte[] bytes) {
        ByteArrayOutputStream forPane = new ByteArrayOutputStream(bytes.length);
        for (KeyReader.Key key : KeyReader.read(bytes)) {
            if (actions.toPrompt(key)) {
                flush(forPane);
                afterPrefix = false;
                continue;
            }
            Optional<MouseEvent> mouse = MouseEvent.parse(key.typed());
            if (mouse.isPresent()) {
                flush(forPane);
                actions.mouse(mouse.get());
                continue;
            }
            dispatch(key, forPane);
        }
        flush(forPane);
    }

    private void dispatch(KeyReader.Key key, ByteArrayOutputStream forPane) {
        if (nextTable != null) {
            String table = nextTable;
            nextTable = null;
            bindings.lookup(table, key.canonical()).or(() -> bindings.lookup(KeyBindings.ROOT_TABLE, key.canonical()))
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
                // tmux tries root after the prefix table, and drops a key bound in neither.
                bindings.lookup(KeyBindings.ROOT_TABLE, key.canonical()).ifPresent(b -> run(b, forPane));
                return;
            }
        }
        if (key.canonical().equals(actions.prefix())) {
            afterPrefix = true;
            return;
        }
        String modeTable = actions.modeTable();
        if (modeTable != null) {
            Optional<KeyBindings.Binding> binding = bindings.lookup(modeTable, key.canonical())
                    .or(() -> bindings.lookup(KeyBindings.ROOT_TABLE, key.canonical()));
            binding.ifPresent(b -> run(b, forPane));
            return;
        }
        Optional<KeyBindings.Binding> binding = bindings.lookup(KeyBindings.ROOT_TABLE, key.canonical());
        if (binding.isPresent()) {
            run(binding.get(), forPane);
        } else if (!actions.toPaneMode(key)) {
            forPane.writeBytes(key.typed());
        }
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
