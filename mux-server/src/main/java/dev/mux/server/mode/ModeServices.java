package dev.mux.server.mode;

/** What the server lends every mode: its paste buffers and its loop's timers. */
public interface ModeServices {
    /** Adds an automatic paste buffer. */
    void addPasteBuffer(String text);

    /** A copy from a mode on pane {@code paneId}: see {@link ModeContext#copyText}. */
    default void copyText(int paneId, String text, String prefix, boolean append) {
        addPasteBuffer(text);
    }

    /** See {@link ModeContext#pipe}. */
    default void pipe(int paneId, String command, String text) {
    }

    /** Runs {@code task} on the server's loop after {@code delayMillis}. */
    void schedule(long delayMillis, Runnable task);
}
