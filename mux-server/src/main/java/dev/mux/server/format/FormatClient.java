package dev.mux.server.format;

import dev.mux.server.model.Session;

/**
 * An attached client as formats see it ({@code #{client_*}}). Facts mux does not track have tmux's
 * value for a client in the same state, so a default method gives it.
 */
public interface FormatClient {
    /** The client's name: its terminal's path as tmux names clients. */
    String name();

    /** The path of the client's terminal, empty when it has none. */
    String tty();

    /** The client's TERM. */
    String termName();

    /** What its terminal said it is (the name and version of its XTVERSION reply), or empty. */
    default String termType() {
        return "";
    }

    /** The terminal features it was given, tmux's way (256,bpaste,...), or empty. */
    default String termFeatures() {
        return "";
    }

    int width();

    int height();

    /** The session it is attached to, or null. */
    Session session();

    /** The process id of the client, or 0 when unknown. */
    default long pid() {
        return 0;
    }

    /** When it connected, in seconds since the epoch (0: unknown). */
    default long created() {
        return 0;
    }

    /** When it last typed or attached, in seconds since the epoch (0: unknown). */
    default long activity() {
        return created();
    }

    /** The session it was attached to before, or null. */
    default Session lastSession() {
        return null;
    }

    /** The key table its next key is looked up in. */
    default String keyTable() {
        return "root";
    }

    /** The table its keys go to when nothing chose another: its session's key-table. */
    default String defaultKeyTable() {
        return "root";
    }

    default boolean suspended() {
        return false;
    }

    /** tmux's #{client_flags}: attached, focused, control-mode, the flags refresh-client -f set, suspended, UTF-8. */
    default String flags() {
        return suspended() ? "attached,focused,suspended,UTF-8" : "attached,focused,UTF-8";
    }

    /** refresh-client -f read-only was set. */
    default boolean readOnly() {
        return false;
    }

    /** A control-mode client (-C). */
    default boolean controlMode() {
        return false;
    }

    /** Bytes written to its terminal. */
    default long written() {
        return 0;
    }
}
