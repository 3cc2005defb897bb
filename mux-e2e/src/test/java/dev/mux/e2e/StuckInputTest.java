package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server writes panes' input on its one thread: a program that never reads its input must hold
 * up nothing but that input, however much is pasted into it.
 */
class StuckInputTest {
    @TempDir
    Path scratch;

    @Test
    void aLargePasteIntoAProgramThatDoesNotReadHoldsUpNoOtherPaneAndNoCommand() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "s", "-x", "80", "-y", "24", "exec sleep 600").ok();
            mux.mux("new-window", "-d", "-t", "s:", "i=0; while :; do i=$((i+1)); echo tick $i; sleep 0.05; done").ok();
            // Whole lines, which a terminal in canonical mode keeps until they are read: its input
            // fills up. One argument may hold at most 128 KiB, so the buffer grows by appending.
            String chunk = "a pasted line of text, and another, and yet another one\n".repeat(2000);
            mux.mux("set-buffer", "-b", "big", chunk).ok();
            for (int i = 0; i < 7; i++) mux.mux("set-buffer", "-a", "-b", "big", chunk).ok();
            // Past what the server queues for one pane (8 MiB): the rest is dropped, not waited for.
            for (int i = 0; i < 10; i++) mux.mux("paste-buffer", "-b", "big", "-t", "s:0").ok();

            long start = System.nanoTime();
            mux.mux("list-sessions").ok();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 5000, "list-sessions took " + millis + " ms");
            String first = mux.capture("s:1");
            Poll.until("the other window's output to go on", Duration.ofSeconds(10), () -> mux.capture("s:1"),
                    screen -> !screen.equals(first));
        }
    }
}
