package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The status line's time, in tmux's "%H:%M %d-%b-%y", worked out once a minute. */
class StatusClockTest {
    private long now = ZonedDateTime.of(2026, 3, 7, 9, 5, 12, 0, ZoneId.systemDefault()).toInstant().toEpochMilli();

    private static String strftime(long millis) {
        return String.format(Locale.ROOT, "%1$tH:%1$tM %1$td-%1$tb-%1$ty",
                ZonedDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneId.systemDefault()));
    }

    @Test
    void showsTheTimeAsTmuxDoes() {
        StatusClock clock = new StatusClock(() -> now);
        assertEquals("09:05 07-Mar-26", clock.text());
        assertEquals(strftime(now), clock.text());
    }

    @Test
    void aMinuteIsFormattedOnceAndTheNextOneAnew() {
        StatusClock clock = new StatusClock(() -> now);
        String first = clock.text();
        now += 40_000;
        assertSame(first, clock.text(), "the same minute: the text made for it");
        now += 10_000;
        String next = clock.text();
        assertNotEquals(first, next);
        assertEquals(strftime(now), next);
    }
}
