package dev.mux.server.mode;

/**
 * What a mode may ask of its pane and the server, for as long as it is on its pane's stack; after
 * the mode left, each request is ignored.
 */
public interface ModeContext {
    /** Something the mode shows changed: clients showing the pane draw it again. */
    void redraw();

    /** Leaves this mode: the pane shows what is under it again (the next mode, or its screen). */
    void exit();

    /** Keeps {@code text} as a new automatic paste buffer (what a copy does). */
    void addPasteBuffer(String text);

    /**
     * A copy from the mode: a new paste buffer named from {@code prefix} (null: tmux's "buffer"),
     * or with {@code append} added to the end of the newest one, and sent to the outer terminal's
     * clipboard as the set-clipboard option says.
     */
    default void copyText(String text, String prefix, boolean append) {
        addPasteBuffer(text);
    }

    /** Gives {@code text} to the standard input of the shell command {@code command} (empty: copy-command's), off the loop. */
    default void pipe(String command, String text) {
    }

    /** Runs {@code task} on the server's loop after {@code delayMillis}, if the mode is still on then. */
    void schedule(long delayMillis, Runnable task);

    /**
     * Runs a command line as the client whose key the mode is taking (a chooser's command on
     * Enter), its errors on that client's status line; outside a key, or for a key that came
     * without a client, nothing runs. It runs even when the mode left while taking the key, as a
     * chooser leaves before its command runs.
     */
    void run(String commandLine);
}
