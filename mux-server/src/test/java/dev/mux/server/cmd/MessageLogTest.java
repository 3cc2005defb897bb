package dev.mux.server.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The message log keeps message-limit entries, newest first, with tmux's t/p times. */
class MessageLogTest {
    @Test
    void theOldestGoPastTheLimitAsItIsNow() {
        AtomicInteger limit = new AtomicInteger(3);
        MessageLog log = new MessageLog(limit::get);
        for (int i = 1; i <= 5; i++) log.add("m" + i);
        assertEquals(List.of("m5", "m4", "m3"), log.newestFirst().stream().map(MessageLog.Entry::text).toList());
        limit.set(1);
        log.add("m6");
        assertEquals(List.of("m6"), log.newestFirst().stream().map(MessageLog.Entry::text).toList());
        limit.set(0);
        log.add("m7");
        assertEquals(List.of(), log.newestFirst());
    }

    @Test
    void timesReadAsTmuxsPrettyTime() {
        ZoneId zone = ZoneId.systemDefault();
        Instant now = LocalDateTime.of(2026, 12, 7, 10, 0).atZone(zone).toInstant();
        assertEquals("09:05", ShowMessagesCommand.prettyTime(now.minus(Duration.ofMinutes(55)), now));
        assertEquals("Thu03", ShowMessagesCommand.prettyTime(LocalDateTime.of(2026, 12, 3, 8, 0).atZone(zone).toInstant(), now));
        assertEquals("20Oct", ShowMessagesCommand.prettyTime(LocalDateTime.of(2026, 10, 20, 8, 0).atZone(zone).toInstant(), now));
        assertEquals("Dec25", ShowMessagesCommand.prettyTime(LocalDateTime.of(2025, 12, 10, 8, 0).atZone(zone).toInstant(), now));
        assertEquals("Jan25", ShowMessagesCommand.prettyTime(LocalDateTime.of(2025, 1, 2, 8, 0).atZone(zone).toInstant(), now));
    }
}
