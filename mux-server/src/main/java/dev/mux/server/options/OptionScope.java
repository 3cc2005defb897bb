package dev.mux.server.options;

/**
 * Where an option's value lives, as in tmux: once for the server; per session over a global
 * default; per window over a global default; and, for the options that allow it, per pane over its
 * window's value.
 */
public enum OptionScope {
    SERVER,
    SESSION,
    WINDOW,
    PANE
}
