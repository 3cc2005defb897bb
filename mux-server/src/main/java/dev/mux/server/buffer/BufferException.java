package dev.mux.server.buffer;

/** A buffer that does not exist or a name that cannot be used; the message is tmux's wording. */
public final class BufferException extends Exception {
    private static final long serialVersionUID = 1L;

    public BufferException(String message) {
        super(message, null, false, false);
    }
}
