package dev.mux.server.model;

/**
 * A window's alerts as tmux 3.3a keeps them. What happened (a bell, output, or silence: tmux's
 * window flags) waits to be checked against the window's monitor-* options after the current
 * batch of events; a check that finds it monitored raises the flag the window list shows
 * ({@code !}, {@code #}, {@code ~}) on each of the window's places ({@link Winlink}: tmux's
 * winlink flags) except where it is current in an attached session, and the flags stay until the
 * window is selected.
 */
public final class WindowAlerts {
    public static final int BELL = 1;
    public static final int ACTIVITY = 2;
    public static final int SILENCE = 4;

    private int happened;
    private boolean queued;
    private long lastActivityMillis = System.currentTimeMillis();

    /** What happened since the last check (BELL, ACTIVITY, SILENCE bits). */
    public int happened() {
        return happened;
    }

    /** When the window last had output, a bell or was selected: where silence is counted from. */
    public long lastActivityMillis() {
        return lastActivityMillis;
    }

    /**
     * Notes {@code alert}; returns true if the window must be queued for a check (it was not yet).
     * Any alert restarts the count of silence, as tmux resets its timer.
     */
    boolean note(int alert, boolean monitored, long nowMillis) {
        lastActivityMillis = nowMillis;
        happened |= alert;
        if (!monitored || queued) return false;
        queued = true;
        return true;
    }

    /** The check is done: what happened is forgotten, whether it raised a flag or not. */
    public void checked() {
        happened = 0;
        queued = false;
    }

    /** The window was selected: what happened is forgotten, as tmux's winlink_clear_flags. */
    public void clear() {
        happened = 0;
    }
}
