package dev.mux.server.copy;

/** Which key table copy mode uses, the mode-keys option. */
public enum ModeKeys {
    EMACS, VI;

    /** The option's value that chooses vi keys, as set-option takes it. */
    public static final String VI_NAME = "vi";

    public static ModeKeys of(String optionValue) {
        return VI_NAME.equals(optionValue) ? VI : EMACS;
    }
}
