package dev.mux.server.mode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModeStackTest {
    private int changes;
    private final ModeStack stack = new ModeStack(() -> changes++);
    private final List<String> buffers = new ArrayList<>();
    private final List<Runnable> timers = new ArrayList<>();
    private final ModeServices services = new ModeServices() {
        @Override
        public void addPasteBuffer(String text) {
            buffers.add(text);
        }

        @Override
        public void schedule(long delayMillis, Runnable task) {
            timers.add(task);
        }
    };

    /** A mode that notes what reached it; "q" leaves, "c" copies its name, "t" sets a timer. */
    private static final class Recording implements PaneMode {
        private final String name;
        final List<String> seen = new ArrayList<>();
        int starts;
        String size = "";

        Recording(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void draw(ModeCanvas canvas) {
        }

        @Override
        public void start(ModeContext context) {
            starts++;
        }

        @Override
        public void key(String canonicalKey, ModeContext context) {
            seen.add(canonicalKey);
            switch (canonicalKey) {
                case "q" -> context.exit();
                case "c" -> context.addPasteBuffer(name);
                case "t" -> context.schedule(1000, () -> seen.add("timer"));
                default -> context.redraw();
            }
        }

        @Override
        public void resize(int columns, int rows) {
            size = columns + "x" + rows;
        }
    }

    @Test
    void aPaneWithNoModeTakesNoKeys() {
        assertNull(stack.top());
        assertFalse(stack.key("x"));
        assertFalse(stack.command("cursor-up"));
        assertFalse(stack.wheel(5));
        assertEquals(0, stack.size());
    }

    @Test
    void theTopModeTakesTheKeysAndLeavingShowsTheOneBelow() {
        Recording copy = new Recording("copy-mode");
        Recording clock = new Recording("clock-mode");
        stack.enter("copy-mode", () -> copy, services);
        stack.enter("clock-mode", () -> clock, services);
        assertSame(clock, stack.top());
        assertEquals(2, stack.size());
        assertTrue(stack.key("x"));
        assertEquals(List.of("x"), clock.seen);
        assertTrue(copy.seen.isEmpty());
        stack.key("q");
        assertSame(copy, stack.top());
        stack.key("y");
        assertEquals(List.of("y"), copy.seen);
    }

    @Test
    void enteringAModeThatIsOnBringsItUpWithoutStartingItAgain() {
        Recording copy = new Recording("copy-mode");
        stack.enter("copy-mode", () -> copy, services);
        stack.enter("clock-mode", () -> new Recording("clock-mode"), services);
        PaneMode entered = stack.enter("copy-mode", () -> new Recording("copy-mode"), services);
        assertSame(copy, entered);
        assertSame(copy, stack.top());
        assertEquals(1, copy.starts);
        assertEquals(2, stack.size());
    }

    @Test
    void everyChangeOfThePictureIsReported() {
        stack.enter("copy-mode", () -> new Recording("copy-mode"), services);
        assertEquals(1, changes);
        stack.key("x");
        assertEquals(2, changes);
        stack.key("q");
        assertEquals(3, changes);
        stack.clear();
        assertEquals(3, changes, "clearing an empty stack changes nothing");
    }

    @Test
    void aModeThatLeftCanNoLongerActNorDoItsTimersRun() {
        Recording copy = new Recording("copy-mode");
        stack.enter("copy-mode", () -> copy, services);
        stack.key("t");
        stack.key("c");
        assertEquals(List.of("copy-mode"), buffers);
        stack.clear();
        int before = changes;
        timers.forEach(Runnable::run);
        assertFalse(copy.seen.contains("timer"));
        assertEquals(before, changes);
    }

    @Test
    void aTimerOfAModeStillOnRuns() {
        Recording clock = new Recording("clock-mode");
        stack.enter("clock-mode", () -> clock, services);
        stack.key("t");
        timers.forEach(Runnable::run);
        assertTrue(clock.seen.contains("timer"));
    }

    @Test
    void everyModeOnThePaneHearsOfANewSize() {
        Recording below = new Recording("copy-mode");
        Recording top = new Recording("clock-mode");
        stack.enter("copy-mode", () -> below, services);
        stack.enter("clock-mode", () -> top, services);
        stack.resize(40, 12);
        assertEquals("40x12", below.size);
        assertEquals("40x12", top.size);
    }
}
