package dev.mux.server.client;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import java.util.HashMap;
import java.util.Map;

/**
 * The flags refresh-client -f sets on any client, read as tmux reads them: read-only (which a flag
 * list can set but never take back), ignore-size (the client's size never counts for its
 * session's) and active-pane (the client keeps an active pane of its own in each window, which
 * select-pane from it changes and its commands default to). A control client's own flags are kept
 * by the control client, which tells their text here for {@code #{client_flags}}.
 */
public final class ClientFlags {
    private boolean readOnly;
    private boolean ignoreSize;
    private boolean activePane;
    /** The pane chosen in each window (by window id) while active-pane is set. */
    private final Map<Integer, Pane> ownPanes = new HashMap<>();
    private String controlFlags = "";

    /**
     * Applies one name of a flag list, {@code on} false for one given with {@code !}; false if the
     * name is not one of these. {@code !read-only} changes nothing, as in tmux.
     */
    public boolean set(String name, boolean on) {
        switch (name) {
            case "read-only" -> readOnly |= on;
            case "ignore-size" -> ignoreSize = on;
            case "active-pane" -> activePane = on;
            default -> {
                return false;
            }
        }
        return true;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public boolean ignoreSize() {
        return ignoreSize;
    }

    public void ignoreSize(boolean on) {
        ignoreSize = on;
    }

    /** The control client's flags as #{client_flags} lists them (no-output, wait-exit, pause-after=N). */
    public void controlFlags(String text) {
        controlFlags = text;
    }

    /** The pane that is current in {@code window} for this client: its own with active-pane, else the window's. */
    public Pane currentPane(Window window) {
        Pane own = activePane ? ownPanes.get(window.id()) : null;
        return own != null && own.window() == window && window.panes().contains(own) ? own : window.activePane();
    }

    /** Makes {@code pane} the client's own in its window; false (nothing done) without active-pane. */
    public boolean selectOwn(Pane pane) {
        if (!activePane) return false;
        ownPanes.put(pane.window().id(), pane);
        return true;
    }

    /** tmux's #{client_flags}: the flags in tmux's order, comma-separated. */
    public String describe(boolean control, boolean suspended) {
        StringBuilder text = new StringBuilder("attached,focused");
        if (control) text.append(",control-mode");
        if (ignoreSize) text.append(",ignore-size");
        if (!controlFlags.isEmpty()) text.append(',').append(controlFlags);
        if (readOnly) text.append(",read-only");
        if (activePane) text.append(",active-pane");
        if (suspended) text.append(",suspended");
        return text.append(",UTF-8").toString();
    }
}
