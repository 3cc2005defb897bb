package dev.mux.server.options;

/** The kinds of value an option holds; each knows how tmux reads and prints it. */
public enum OptionType {
    /** on/off; set without a value, it toggles. */
    FLAG,
    /** A whole number between the definition's bounds. */
    NUMBER,
    /** Any text (a style option's text must also read as a style). */
    STRING,
    /** One of the definition's listed words; set without a value, the first two toggle. */
    CHOICE,
    /** A key name, as bind-key takes it (C-b, M-a, F1, None), printed in tmux's canonical form. */
    KEY,
    /** A colour: a name, colourN, #rrggbb, default or terminal. */
    COLOUR,
    /** A command list, as the hooks hold them. */
    COMMAND
}
