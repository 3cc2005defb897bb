package dev.mux.server.options;

/** A name or value the user gave is not acceptable; the message is one line, worded as tmux's. */
public final class OptionException extends Exception {
    private static final long serialVersionUID = 1L;

    public OptionException(String message) {
        super(message, null, false, false);
    }
}
