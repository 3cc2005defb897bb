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

    /** A reading at most {@link #REUSE} old; asks logind when there is none, outside the lock. */
    LogindSettings read() {
        synchronized (this) {
            if (last != null && nanoClock.getAsLong() - readAt <= REUSE.toNanos()) return last;
        }
        refresh();
        synchronized (this) {
            return last;
        }
    }

    /** The reading kept, without asking logind: the loop's view, which never waits on D-Bus. */
    LogindSettings last() {
        synchronized (this) {
            if (last != null) return last;
        }
        return read();
    }

    /** Asks logind now, for the next {@link #last()}; blocks, so callers run it off the loop. */
    void refresh() {
        LogindSettings fresh = logind.get();
        synchronized (this) {
            last = fresh;
            readAt = nanoClock.getAsLong();
        }
    }

    /** After a change made through logind (linger enabled), the next read asks again. */
    synchronized void forget() {
        last = null;
    }
}
