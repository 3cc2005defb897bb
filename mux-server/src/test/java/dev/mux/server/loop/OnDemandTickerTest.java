package dev.mux.server.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnDemandTickerTest {
    /** Ticks while needed, stops by itself once not, and starts again only when woken. */
    @Test
    void ticksOnlyWhileNeeded() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            EventLoop loop = new EventLoop();
            List<String> seen = new ArrayList<>();
            boolean[] needed = {false};
            int[] ticks = {0};
            OnDemandTicker ticker = new OnDemandTicker(loop, 2, () -> needed[0], () -> {
                ticks[0]++;
                if (ticks[0] % 3 == 0) needed[0] = false;
            });
            loop.post(() -> {
                ticker.wake();
                seen.add("woken while not needed: " + ticker.ticking());
                needed[0] = true;
                ticker.wake();
                seen.add("woken while needed: " + ticker.ticking());
            });
            // Long after three ticks: the ticker stopped by itself, and stays stopped until woken.
            loop.schedule(300, () -> {
                seen.add("ticks " + ticks[0] + ", ticking " + ticker.ticking());
                needed[0] = true;
                ticker.wake();
            });
            loop.schedule(600, () -> {
                seen.add("ticks after the second wake " + ticks[0]);
                loop.stop();
            });
            loop.run();
            assertEquals(List.of("woken while not needed: false", "woken while needed: true", "ticks 3, ticking false",
                    "ticks after the second wake 6"), seen);
        });
    }

    @Test
    void aTaskThatThrowsKeepsTicking() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            EventLoop loop = new EventLoop();
            int[] ticks = {0};
            OnDemandTicker ticker = new OnDemandTicker(loop, 1, () -> ticks[0] < 3, () -> {
                ticks[0]++;
                throw new IllegalStateException("bug in a tick");
            });
            loop.post(ticker::wake);
            loop.schedule(300, loop::stop);
            loop.run();
            assertEquals(3, ticks[0]);
            assertFalse(ticker.ticking());
        });
    }
}
