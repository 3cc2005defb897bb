package dev.mux.server.snapshot;

/** A snapshot that cannot be read: foreign, of another version, cut short or corrupt; the message is one line. */
public final class SnapshotException extends Exception {
    public SnapshotException(String message) {
        super(message);
    }
}
