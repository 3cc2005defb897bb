package dev.mux.server.render;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The time on the status line, as tmux's default status-right shows it ("%H:%M %d-%b-%y"). It
 * changes once a minute, so it is formatted once a minute: formatting it for every frame took more
 * time than painting the panes while keys were echoed.
 */
public final class StatusClock {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm dd-MMM-yy", Locale.ROOT);
    private static final long MINUTE_MILLIS = 60_000;

    private final LongSupplier millis;
    private long minute = Long.MIN_VALUE;
    private String text;

    /** {@code millis}: the time since the epoch ({@link System#currentTimeMillis}, or a test's clock). */
    public StatusClock(LongSupplier millis) {
        this.millis = millis;
    }

    /** The time as shown. Time zones change their offset on whole minutes, so a minute's text holds for all of it. */
    public String text() {
        long now = millis.getAsLong();
        long thisMinute = Math.floorDiv(now, MINUTE_MILLIS);
        if (thisMinute != minute) {
            minute = thisMinute;
            text = FORMAT.format(LocalDateTime.ofInstant(Instant.ofEpochMilli(now), ZoneId.systemDefault()));
        }
        return text;
    }
}
