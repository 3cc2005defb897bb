package dev.mux.server.mode;

/** What the server lends every mode: its paste buffers and its loop's timers. */
public interface ModeServices {
    /** Adds an automatic paste buffer. */
    void addPasteBuffer(String text);

    /** Runs {@code task} on the server's loop after {@code delayMillis}. */
    void schedule(long delayMillis, Runnable task);
}
