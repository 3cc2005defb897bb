package dev.mux.server.scope;

import dev.mux.scope.LogindSettings;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * logind's answer, reused for a moment: the server reads it at start to decide whether to move,
 * and the client that started it asks for the logout warning right after; that client should not
 * wait for a second round trip. Later questions read logind again, since linger can change while
 * the server runs.
 */
final class RecentLogind {
    static final Duration REUSE = Duration.ofSeconds(2);

    private final Supplier<LogindSettings> logind;
    private final LongSupplier nanoClock;
    private LogindSettings last;
    private long readAt;

    RecentLogind(Supplier<LogindSettings> logind, LongSupplier nanoClock) {
        this.logind = logind;
        this.nanoClock = nanoClock;
    }

    synchronized LogindSettings read() {
        long now = nanoClock.getAsLong();
        if (last == null || now - readAt > REUSE.toNanos()) {
            last = logind.get();
            readAt = now;
        }
        return last;
    }

    /** After a change made through logind (linger enabled), the next read asks again. */
    synchronized void forget() {
        last = null;
    }
}
