package dev.mux.server.overlay;

import dev.mux.server.term.Terminal;

/**
 * What a popup's menu asks of the server: the newest paste buffer, the style of its chosen item,
 * and a pane to take over the popup's program.
 */
public interface PopupHost {
    /** The name of the newest paste buffer, or null when there is none. */
    String topBufferName();

    /** The newest paste buffer's contents (empty when there is none). */
    byte[] topBuffer();

    /** The style the menu's chosen item is drawn in (mode-style). */
    long chosenStyle();

    /**
     * Moves {@code program} and its {@code terminal} into a new pane split off the active pane of the
     * client's window, side by side when {@code leftRight}, else one above the other; false when
     * there is no room for it.
     */
    boolean toPane(boolean leftRight, Terminal terminal, PopupProcess program);
}
