package dev.mux.server.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** #() as tmux runs it: never waited for, shown from the second expansion on, started again at most once a second. */
class FormatJobsTest {
    private final List<String> started = new ArrayList<>();
    private final List<Consumer<String>> pending = new ArrayList<>();
    private long now = 1000;
    private final FormatJobs jobs = new FormatJobs((command, directory, output) -> {
        started.add(command);
        pending.add(output);
    }, () -> now);

    @Test
    void theFirstExpansionShowsNothingAndLaterOnesTheLastLine() {
        assertNull(jobs.output("echo #{x}", "echo a", "/"));
        assertEquals(List.of("echo a"), started);
        assertNull(jobs.output("echo #{x}", "echo a", "/"), "still running: nothing yet, and not started twice");
        assertEquals(1, started.size());
        pending.get(0).accept("first\nlast\n");
        assertEquals("last", jobs.output("echo #{x}", "echo a", "/"));
        assertEquals(1, started.size(), "not again within the same second");
        now++;
        assertEquals("last", jobs.output("echo #{x}", "echo a", "/"));
        assertEquals(2, started.size(), "again once a second has passed");
    }

    @Test
    void aChangedCommandStartsAtOnceAndTheOldResultIsDropped() {
        jobs.output("echo #{x}", "echo a", "/");
        jobs.output("echo #{x}", "echo b", "/");
        assertEquals(List.of("echo a", "echo b"), started);
        pending.get(0).accept("a\n");
        assertNull(jobs.output("echo #{x}", "echo b", "/"), "the result of the old text is not shown");
        pending.get(1).accept("b\n");
        assertEquals("b", jobs.output("echo #{x}", "echo b", "/"));
    }

    @Test
    void listenersHearOfNewOutput() {
        List<String> heard = new ArrayList<>();
        jobs.onOutput(() -> heard.add("changed"));
        jobs.output("date", "date", "/");
        pending.get(0).accept("today");
        assertEquals(List.of("changed"), heard);
    }
}
