package dev.mux.server.mouse;

/**
 * A drag that a command began (copy-mode -M, resize-pane -M, copy mode's begin-selection from the
 * mouse): while the button stays down, each move of the pointer goes to it instead of becoming a
 * key, and it hears when the button comes up, as tmux's mouse_drag_update and mouse_drag_release.
 */
public interface MouseDrag {
    void update(MouseKey key);

    default void release(MouseKey key) {
    }
}
