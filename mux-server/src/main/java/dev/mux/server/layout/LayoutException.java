package dev.mux.server.layout;

/** A layout change that cannot be made; the message is fit to show to the user. */
public final class LayoutException extends Exception {
    private static final long serialVersionUID = 1L;

    public LayoutException(String message) {
        super(message);
    }
}
