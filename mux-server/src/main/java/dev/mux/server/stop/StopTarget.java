package dev.mux.server.stop;

/** A pane as the stop procedure sees it: how to find its processes and how to hang it up. */
public interface StopTarget {
    /** How reports name the pane, e.g. {@code %3 (work:1.0)}. */
    String name();

    PaneIdentity identity();

    StopSettings settings();

    /** Closes the pane's terminal: the kernel sends SIGHUP and SIGCONT to the shell. Safe to repeat. */
    void hangUp();
}
