package dev.mux.server.model;

/**
 * A window's place in a session, as tmux's winlink: the session's windows are a list of these, one
 * per index, so one window can be shown in several sessions (link-window, grouped sessions) or at
 * two indexes of one. Flags of the place (current, last) stay with it when its window changes
 * (swap-window).
 */
public final class Winlink {
    private final Session session;
    private Window window;
    private int index;

    Winlink(Session session, Window window, int index) {
        this.session = session;
        this.window = window;
        this.index = index;
    }

    public Session session() {
        return session;
    }

    public Window window() {
        return window;
    }

    public int index() {
        return index;
    }

    void moveTo(int newIndex) {
        index = newIndex;
    }

    /** swap-window: another window takes this place. */
    void show(Window newWindow) {
        window = newWindow;
    }
}
