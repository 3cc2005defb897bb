package dev.mux.server.mode;

/**
 * Something a pane shows instead of its program's screen, and that takes the keys typed at the
 * pane meanwhile: copy mode, clock mode. The shape of tmux's {@code struct window_mode}: a name,
 * drawing, keys, resize and a few optional functions a mode may leave out. A pane keeps a
 * {@link ModeStack} of them; the renderer, key dispatch, the mouse and formats reach the top one
 * only through this interface.
 *
 * <p>A mode never touches its pane or the server: what it asks for (leave, redraw, keep a copied
 * text, wake me later) goes through the {@link ModeContext} it is given.
 */
public interface PaneMode {
    /** tmux's name of the mode, which {@code #{pane_mode}} shows: {@code copy-mode}, {@code clock-mode}. */
    String name();

    /**
     * Draws what the pane shows on {@code canvas}, the pane's size and blank; called for every
     * frame that shows the pane. Where the cursor is, if shown, is said on the canvas too.
     */
    void draw(ModeCanvas canvas);

    /** A key typed at the pane ({@code KeyReader} canonical form) that no key binding took. */
    void key(String canonicalKey, ModeContext context);

    /** The mode was put on its pane's stack: a mode that changes by itself (a clock) starts its timer here. */
    default void start(ModeContext context) {
    }

    /**
     * The mode left its pane's stack (it exited, or every mode was cleared): a mode that changed
     * something outside itself on entering (a zoomed pane) puts it back here.
     */
    default void end() {
    }

    /** The pane changed size. */
    default void resize(int columns, int rows) {
    }

    /**
     * {@code send-keys -X name}: runs one of the mode's named commands (copy mode's
     * {@code cursor-up}...). Returns false if the mode takes no commands at all (tmux then says
     * "not in a mode"); a mode that does ignores a name it does not know, as tmux's copy mode.
     */
    default boolean command(String name, ModeContext context) {
        return false;
    }

    /**
     * {@code send-keys -X name args}, {@code repeat} times ({@code -N}); modes whose commands take
     * no arguments need not override it.
     */
    default boolean command(String name, java.util.List<String> args, int repeat, ModeContext context) {
        boolean taken = true;
        for (int i = 0; i < repeat && taken; i++) taken = command(name, context);
        return taken;
    }

    /**
     * The key table the mode's keys are looked up in before the root table (copy mode's
     * {@code copy-mode} or {@code copy-mode-vi}, by the pane's {@code mode-keys}), or null for a
     * mode that takes the keys itself through {@link #key}.
     */
    default String keyTable(String modeKeys) {
        return null;
    }

    /**
     * The left button dragged over the pane at its cell {@code (column, row)}: {@code phase} says
     * whether the drag begins, goes on or ended (the button came up). Copy mode selects with it;
     * a move with no drag begun puts its cursor under the pointer (a command run from a mouse key).
     */
    default void drag(int column, int row, DragPhase phase, ModeContext context) {
    }

    /** Where a mouse drag is. */
    enum DragPhase { START, MOVE, END }

    /** A format variable the mode adds while it is on top (copy mode's {@code copy_cursor_x}...), or null. */
    default String format(String name) {
        return null;
    }

    /** The mouse wheel turned over the pane: {@code lines} up, or down when negative. */
    default void wheel(int lines, ModeContext context) {
    }
}
