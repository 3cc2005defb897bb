package dev.mux.protocol;

/** The bytes on the socket are not a valid frame or message; the message says which rule broke. */
public final class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }
}
