package dev.mux.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loop's timers are the list of scheduled tasks; its handled events a counter the test moves. */
class IdlePageGiveBackTest {
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Long> delays = new ArrayList<>();
    private long events;
    private int giveBacks;
    private final IdlePageGiveBack idle = new IdlePageGiveBack((delay, task) -> {
        delays.add(delay);
        scheduled.add(task);
    }, () -> events, () -> giveBacks++).start();

    @Test
    void givesBackAfterEachOfTheFirstTwoWholePeriodsWithoutEventsAndThenNoMore() {
        events = 40;
        periodOver();
        assertEquals(0, giveBacks, "the period that saw start-up's events was busy");

        periodOver();
        assertEquals(1, giveBacks);
        periodOver();
        assertEquals(2, giveBacks);
        periodOver();
        periodOver();
        assertEquals(2, giveBacks, "two give-backs per quiet stretch");
        assertEquals(List.of(IdlePageGiveBack.PERIOD_MILLIS), delays.subList(0, 1));
    }

    @Test
    void anEventInAPeriodPutsTheGiveBackOffAndStartsANewStretch() {
        periodOver();
        periodOver();
        assertEquals(1, giveBacks);

        events++;
        periodOver();
        assertEquals(1, giveBacks, "the period with an event was busy");
        periodOver();
        periodOver();
        periodOver();
        assertEquals(3, giveBacks, "the quiet periods after it give back again, twice");
    }

    @Test
    void keepsWatchingWithOneTimerAtATime() {
        for (int i = 0; i < 5; i++) periodOver();
        assertEquals(6, scheduled.size(), "each check schedules the next");
    }

    private void periodOver() {
        scheduled.get(scheduled.size() - 1).run();
    }
}
