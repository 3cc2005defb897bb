package dev.mux.server.client;

import java.time.Instant;

/** When a client connected and last typed, in seconds since the epoch, and how many bytes were drawn for it. */
public final class ClientActivity {
    private final long created = Instant.now().getEpochSecond();
    private long typed = created;
    private long written;

    public long created() {
        return created;
    }

    /** When it last typed, or connected if it never did. */
    public long typed() {
        return typed;
    }

    /** It typed: its activity time is now. */
    public void typedNow() {
        typed = Instant.now().getEpochSecond();
    }

    public long written() {
        return written;
    }

    void wrote(int bytes) {
        written += bytes;
    }
}
