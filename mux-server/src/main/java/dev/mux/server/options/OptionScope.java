package dev.mux.server.options;

/** Where an option's value lives, as in tmux: once for the server, or per session over a global default. */
public enum OptionScope {
    SERVER,
    SESSION
}
