package dev.mux.server.overlay;

import dev.mux.server.input.KeyReader;
import dev.mux.server.model.Pane;
import dev.mux.server.mouse.MouseEvent;
import dev.mux.server.mouse.MouseKey;
import dev.mux.server.render.Frame;
import dev.mux.server.term.Screen;

/**
 * Something drawn over a client's panes that takes its keys and mouse while shown, as tmux's client
 * overlay (display-menu's menu, display-popup's popup): one at a time per client, drawn last on
 * each frame, asked before the prompt and the key tables.
 */
public interface Overlay {
    /**
     * What a key did: nothing more ({@link #KEEP}), close the overlay ({@link #CLOSE}), or close it
     * and run {@code command} (a menu item's) with {@code target} as the current pane and
     * {@code mouse} as its mouse key.
     */
    record Reaction(boolean close, String command, Pane target, MouseKey mouse) {
        public static final Reaction KEEP = new Reaction(false, null, null, null);
        public static final Reaction CLOSE = new Reaction(true, null, null, null);
    }

    /** Draws the overlay on the client's frame, over what is there. */
    void draw(Frame frame);

    /** A key typed at the client. */
    Reaction key(KeyReader.Key key);

    /** A mouse report from the client's terminal, in its cells. */
    Reaction mouse(MouseEvent event);

    /** A number that changes whenever what {@link #draw} draws changes. */
    long version();

    /** Whether the client's terminal should report the mouse while the overlay shows. */
    default boolean wantsMouse() {
        return true;
    }

    /** The overlay was taken off the client (closed, or the client detached). */
    default void closed() {
    }

    /** It is shown now; {@code close} takes it off the client if it still shows (a popup whose program ended). */
    default void shown(Runnable close) {
    }

    /**
     * The screen whose modes and cursor the client's terminal takes while the overlay shows (a
     * popup's), or null for the active pane's.
     */
    default Screen screen() {
        return null;
    }

    /** The client's terminal is now {@code columns} by {@code rows}. */
    default void resized(int columns, int rows) {
    }

    /**
     * Takes {@code command}, the run of a chosen item, to start once the command list that showed
     * this overlay is over, as tmux appends a menu's command to the queue behind that list; false
     * when nothing holds it, and it runs as the overlay closes.
     */
    default boolean runAfterItsList(Runnable command) {
        return false;
    }
}
