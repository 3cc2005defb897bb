package dev.mux.server.options;

/** The kinds of value an option holds; each knows how tmux reads and prints it. */
public enum OptionType {
    /** on/off; set without a value, it toggles. */
    FLAG,
    /** A whole number between the definition's bounds. */
    NUMBER,
    /** Any text. */
    STRING,
    /** One of the definition's listed words. */
    CHOICE,
    /** A key name, as bind-key takes it (C-b, M-a, F1). */
    KEY,
    /** A colour as tmux names it (blue, brightred, colour123, #ff8000, default). */
    COLOUR
}
