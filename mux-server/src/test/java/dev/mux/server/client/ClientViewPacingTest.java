package dev.mux.server.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.input.KeyBindings;
import dev.mux.server.input.KeyDispatcher;
import dev.mux.server.input.KeyReader;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.term.Terminal;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Frame pacing on a clock the test moves: a flood is drawn by one timer per frame interval and its
 * last screen always reaches the client; a client idle for the interval, or the echo of a key, is
 * drawn at once. And the frames a view paints over the ones it showed before show nothing of those.
 */
class ClientViewPacingTest {
    private static final int COLUMNS = 30;
    private static final int ROWS = 6;
    private static final long MILLI = 1_000_000;

    /** A timer the loop would run: its delay, when it falls due, and what it runs. */
    private record Pending(long delayMillis, long dueNanos, Runnable task) {}

    private final List<Pending> timers = new ArrayList<>();
    /** Everything the client was sent, in order, played into its own terminal at the end. */
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private Session session;
    private Pane pane;
    private ClientView view;
    private long now = 1_000 * MILLI;

    @BeforeEach
    void attach() {
        Sessions sessions = new Sessions();
        session = sessions.createSession("s", COLUMNS, ROWS);
        pane = sessions.createPane(sessions.createWindow(session, "w"), new Terminal(COLUMNS, ROWS, reply -> {}));
        KeyDispatcher keys = new KeyDispatcher(KeyBindings.defaults(), new KeyDispatcher.Actions() {
            @Override
            public void toPane(byte[] bytes) {
                // The pane's terminal echoes odd keys at once; even ones the test prints itself.
                if (bytes[0] % 2 == 1) pane.consume(bytes, bytes.length);
            }

            @Override
            public void run(List<List<String>> commands) {}

            @Override
            public String prefix() {
                return KeyReader.canonical("C-b");
            }

            @Override
            public long nowMillis() {
                return now / MILLI;
            }
        });
        view = new ClientView(keys, (delay, task) -> timers.add(new Pending(delay, now + delay * MILLI, task)), () -> now,
                this::render);
    }

    /** What Server.render does for the client: render, and send what comes out. */
    private byte[] render() {
        byte[] update = view.waitsForFrame() ? new byte[0] : view.render(session, null, COLUMNS, ROWS, false, false, template -> template);
        sent.writeBytes(update);
        return update;
    }

    private void print(String text) {
        byte[] output = text.getBytes(StandardCharsets.UTF_8);
        pane.consume(output, output.length);
    }

    /** The loop runs the one pending timer once its delay has passed. */
    private void fireTimer() {
        assertEquals(1, timers.size(), "one timer pending");
        Pending timer = timers.remove(0);
        now = Math.max(now, timer.dueNanos());
        timer.task().run();
    }

    private String clientScreen() {
        Terminal client = new Terminal(COLUMNS, ROWS, reply -> {});
        client.feed(sent.toByteArray());
        return client.screen().captureVisibleText();
    }

    @Test
    void aFloodIsDrawnByOneTimerAndEndsWithTheLastScreen() {
        assertTrue(render().length > 0, "the first frame is drawn at once");
        for (int line = 1; line <= 500; line++) {
            now += 10_000; // a flooding pty: the next chunk 10 µs later
            print("line " + line + "\r\n");
            assertEquals(0, render().length, "line " + line + " waits for the frame timer");
        }
        assertEquals(1, timers.size(), "never more than one timer per client");
        assertEquals(ClientView.FRAME_INTERVAL_NANOS / MILLI, timers.get(0).delayMillis(),
                "the frame falls due one interval after the last one (rounded up to the millisecond)");
        fireTimer();
        assertTrue(timers.isEmpty(), "nothing more to draw");
        String expected = pane.terminal().screen().captureVisibleText();
        assertTrue(expected.contains("line 500"), expected);
        assertEquals(expected, clientScreen(), "the client shows the last screen of the flood");
    }

    @Test
    void outputArrivingWhileAFrameIsPendingIsInThatFrame() {
        render();
        now += 100_000;
        print("first\r\n");
        render();
        now += 3 * MILLI; // still before the frame is due: no second timer, nothing drawn
        print("second\r\n");
        assertEquals(0, render().length);
        fireTimer();
        assertTrue(clientScreen().contains("second"), clientScreen());
        assertTrue(timers.isEmpty());
    }

    @Test
    void slowBatchesOfAFloodArePacedToo() {
        render();
        // The loop busy parsing: each batch ends 3 ms after the last, every one with new output.
        for (int batch = 1; batch <= 3; batch++) {
            now += 3 * MILLI;
            print("batch " + batch + "\r\n");
            assertEquals(0, render().length, "batch " + batch + " waits for the frame");
        }
        fireTimer();
        assertTrue(clientScreen().contains("batch 3"), clientScreen());
    }

    @Test
    void aClientIdleForAnIntervalIsDrawnAtOnce() {
        render();
        now += ClientView.FRAME_INTERVAL_NANOS;
        print("after a while");
        assertTrue(render().length > 0, "drawn at once after an idle interval");
        assertTrue(timers.isEmpty());
        assertTrue(clientScreen().contains("after a while"), clientScreen());
    }

    @Test
    void echoesOfKeysTypedOneAtATimeAreDrawnAtOnce() {
        render();
        now += 100_000;
        print("burst\r\n");
        render();
        fireTimer();
        for (char key = 'a'; key <= 'f'; key++) {
            // bench/echo-latency: a key 2.5 ms after the last echo, well within the frame interval.
            now += 2_500_000;
            view.typed(new byte[] {(byte) key});
            if (key % 2 == 0) {
                // The pane echoes in a later batch; the key's own batch has nothing to draw.
                assertEquals(0, render().length);
                now += 100_000;
                print(String.valueOf(key));
            }
            assertTrue(render().length > 0, "the echo of " + key + " is drawn at once");
            assertTrue(timers.isEmpty(), "no timer for an echo");
        }
        assertEquals(pane.terminal().screen().captureVisibleText(), clientScreen());
        assertTrue(clientScreen().contains("abcdef"), clientScreen());
    }

    @Test
    void aFramePaintedOverAnOlderOneShowsNothingOfIt() {
        print("\033[31mred text all over\r\nthe first frame \u00e9\u0301\r\n");
        render();
        for (String screen : List.of("\033[2J\033[Hsecond", "\033[2J\033[4;9Hthird", "\033[2J\033[Hx")) {
            now += ClientView.FRAME_INTERVAL_NANOS;
            print(screen);
            assertTrue(render().length > 0);
            assertEquals(pane.terminal().screen().captureVisibleText(), clientScreen());
        }
        assertEquals("x", clientScreen().strip(), "only x is left");
    }

    @Test
    void onlyTheFirstChangeAfterAKeyIsDrawnAtOnce() {
        render();
        now += 100_000;
        view.typed("a".getBytes(StandardCharsets.UTF_8));
        assertTrue(render().length > 0, "the echo");
        now += 100_000;
        print("output of a command\r\n");
        assertEquals(0, render().length, "what follows the echo is paced again");
        fireTimer();
        assertTrue(clientScreen().contains("output of a command"), clientScreen());
    }
    @Test
    void aFrameInSynchronizedOutputIsShownWholeWhenTheModeEnds() {
        // Synchronized output (mode 2026 spec): the terminal keeps showing the last frame while
        // the mode is set, and shows the new one, whole, once it is reset.
        print("old frame");
        render();
        now += ClientView.FRAME_INTERVAL_NANOS;
        print("\033[?2026h\033[2J\033[Hhalf");
        assertEquals(0, render().length, "nothing of a frame in progress is drawn");
        assertTrue(clientScreen().contains("old frame"), clientScreen());
        now += ClientView.FRAME_INTERVAL_NANOS;
        print(" and the rest\033[?2026l");
        assertTrue(render().length > 0, "the frame is drawn once the mode ends");
        assertEquals("half and the rest", clientScreen().strip());
    }

    @Test
    void aFrameNeverEndedIsShownAfterTheTimeout() {
        print("old frame");
        render();
        now += ClientView.FRAME_INTERVAL_NANOS;
        print("\033[?2026h\033[2J\033[Hstuck");
        assertEquals(0, render().length);
        assertEquals(1, timers.size(), "a timer ends the hold");
        Pending timeout = timers.remove(0);
        assertEquals(ClientView.SYNCHRONIZED_OUTPUT_TIMEOUT_NANOS, (timeout.delayMillis() - 1) * MILLI);
        now = timeout.dueNanos();
        timeout.task().run();
        assertEquals("stuck", clientScreen().strip(), "a program that never ends its frame does not freeze the client");
    }
}
