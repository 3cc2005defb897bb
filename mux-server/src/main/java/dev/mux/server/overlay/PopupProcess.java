package dev.mux.server.overlay;

/** The program a popup runs on a pseudo-terminal of its own (display-popup's shell command). */
public interface PopupProcess {
    /** Bytes for the program's terminal input; never blocks. */
    void write(byte[] bytes);

    /** The terminal has a new size: the program learns it as a pane's does. */
    void resize(int columns, int rows);

    /**
     * Ends the program as tmux ends a popup's job when the popup closes: SIGTERM to it, and the
     * terminal hung up (its master closed), which sends SIGHUP to its session.
     */
    void kill();
}
