package dev.mux.server.model;

/**
 * What changed in the model, told as it changes to whoever observes the model (the server's
 * notifications: control clients, later hooks). The model calls these from the one place each
 * change is made, so a command that changes the model fires them without knowing they exist.
 * Loop thread only; an observer must not change the model from inside a call.
 */
public interface ModelEvents {
    /** Observes nothing: a model nobody watches (tests). */
    ModelEvents NONE = new ModelEvents() {};

    /** A new session runs: its first pane has started. */
    default void sessionCreated(Session session) {}

    default void sessionClosed(Session session) {}

    default void sessionRenamed(Session session) {}

    /** The session's current window is another one. */
    default void sessionWindowChanged(Session session) {}

    /** A window joined the session (its first pane is in place). */
    default void windowLinked(Session session, Window window) {}

    /** A window left the session. */
    default void windowUnlinked(Session session, Window window) {}

    default void windowRenamed(Window window) {}

    /** The window's active pane is another one. */
    default void windowPaneChanged(Window window) {}

    /** The panes of the window moved or changed size. */
    default void windowLayoutChanged(Window window) {}

    /** The window took a new size (its session's, or its own from resize-window). */
    default void windowResized(Window window) {}

    /** The pane's title was set (by its program, or select-pane -T), to the same text or not. */
    default void paneTitleChanged(Pane pane) {}

    /** A mode came to the top of the pane's stack or the last one left. */
    default void paneModeChanged(Pane pane) {}

    /** The pane's program wrote {@code bytes[0, length)}, which the pane has just parsed. */
    default void paneOutput(Pane pane, byte[] bytes, int length) {}
}
