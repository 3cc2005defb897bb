package dev.mux.server.input;

import dev.mux.server.mouse.MouseEvent;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

/**
 * An attached client's keys: a key bound in the root table runs its command; the prefix key moves
 * to the prefix table for the next key; anything else goes to the pane. After a repeatable (-r)
 * binding, further prefix-table keys need no prefix for {@link #REPEAT_MILLIS}, as tmux's repeat-time.
 * An unbound key after the prefix is dropped, as tmux drops it.
 */
public final class KeyDispatcher {
    /** What the keys ask for. */
    public interface Actions {
        void toPane(byte[] bytes);

        void run(List<String> command);

        /** The prefix key in canonical form (option prefix of the client's session). */
        String prefix();

        long nowMillis();

        /** Whether a prompt being typed on the client's status line takes {@code key}: then it takes every key. */
        default boolean toPrompt(KeyReader.Key key) {
            return false;
        }

        /** Whether the pane the keys go to takes {@code key} itself, as a pane in a mode (copy mode) does. */
        default boolean toPaneMode(KeyReader.Key key) {
            return false;
        }

        /** A mouse report from the client's terminal; never a key, whatever table is in use. */
        default void mouse(MouseEvent event) {
        }
    }

    static final long REPEAT_MILLIS = 500;

    private final KeyBindings bindings;
    private final Actions actions;
    private boolean afterPrefix;
    private long repeatUntil;

    public KeyDispatcher(KeyBindings bindings, Actions actions) {
        this.bindings = bindings;
        this.actions = actions;
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
            Optional<KeyBindings.Binding> command = commandFor(key);
            if (command.isPresent()) {
                flush(forPane);
                actions.run(command.get().command());
            } else if (!afterPrefix && key.canonical().equals(actions.prefix())) {
                afterPrefix = true;
            } else if (!afterPrefix) {
                if (!actions.toPaneMode(key)) forPane.writeBytes(key.typed());
            } else {
                afterPrefix = false;
            }
        }
        flush(forPane);
    }

    private Optional<KeyBindings.Binding> commandFor(KeyReader.Key key) {
        boolean repeating = actions.nowMillis() < repeatUntil;
        if (afterPrefix || repeating) {
            Optional<KeyBindings.Binding> binding = bindings.lookup(KeyBindings.PREFIX_TABLE, key.canonical());
            if (binding.isPresent() && (afterPrefix || binding.get().repeat())) {
                afterPrefix = false;
                repeatUntil = binding.get().repeat() ? actions.nowMillis() + REPEAT_MILLIS : 0;
                return binding;
            }
            repeatUntil = 0;
            if (!afterPrefix) return bindings.lookup(KeyBindings.ROOT_TABLE, key.canonical());
            return Optional.empty();
        }
        return bindings.lookup(KeyBindings.ROOT_TABLE, key.canonical());
    }

    private void flush(ByteArrayOutputStream forPane) {
        if (forPane.size() > 0) {
            actions.toPane(forPane.toByteArray());
            forPane.reset();
        }
    }
}
