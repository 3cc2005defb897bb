package dev.mux.server.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.scope.LogindSettings;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One logind round trip serves the start-up decision and the starting client's warning, not more. */
class RecentLogindTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong clock = new AtomicLong();
    private final RecentLogind logind = new RecentLogind(() -> {
        reads.incrementAndGet();
        return LogindSettings.unreachable("read " + reads.get());
    }, clock::get);

    @Test
    void aReadingIsReusedForAMoment() {
        logind.read();
        clock.addAndGet(RecentLogind.REUSE.toNanos());
        assertEquals("read 1", logind.read().detail());
        assertEquals(1, reads.get());
    }

    @Test
    void anOlderReadingIsReplaced() {
        logind.read();
        clock.addAndGet(RecentLogind.REUSE.toNanos() + 1);
        assertEquals("read 2", logind.read().detail());
    }

    @Test
    void aChangeMadeThroughLogindIsReadAtOnce() {
        logind.read();
        logind.forget();
        assertEquals("read 2", logind.read().detail());
    }
}
