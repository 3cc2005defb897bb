package dev.mux.server.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLoopTest {
    /** A task that throws must not end the loop: the server would die with every session in it. */
    @Test
    void aFailingTaskDoesNotEndTheLoop() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            EventLoop loop = new EventLoop();
            List<String> ran = new ArrayList<>();
            loop.post(() -> {
                throw new IllegalStateException("bug in a task");
            });
            loop.schedule(1, () -> {
                throw new IllegalStateException("bug in a timer");
            });
            loop.schedule(5, () -> {
                ran.add("after");
                loop.stop();
            });
            loop.run();
            assertEquals(List.of("after"), ran);
        });
    }
}
