package dev.mux.server.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.mode.ModeServices;
import dev.mux.server.mode.ModeStack;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.options.Colours;
import dev.mux.server.render.Frame;
import dev.mux.server.render.StatusComposer;
import dev.mux.server.render.StatusLine;
import dev.mux.server.render.WindowPainter;
import dev.mux.server.term.Terminal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clock mode's life on a pane, as tmux 3.3a's window-clock.c: any key leaves, a new minute redraws. */
class ClockModeTest {
    private long now = 12 * 60_000 + 5_000;
    private int changes;
    private final ModeStack stack = new ModeStack(() -> changes++);
    private final List<Runnable> timers = new ArrayList<>();
    private final ModeServices services = new ModeServices() {
        @Override
        public void addPasteBuffer(String text) {
            throw new AssertionError("clock mode copies nothing");
        }

        @Override
        public void schedule(long delayMillis, Runnable task) {
            assertEquals(ClockMode.TICK_MILLIS, delayMillis);
            timers.add(task);
        }
    };

    private ClockMode clock() {
        return new ClockMode(() -> now, ZoneOffset.UTC, false, Colours.color("blue"));
    }

    /** Runs the timers due now, as the loop would after a second. */
    private void second() {
        now += ClockMode.TICK_MILLIS;
        List<Runnable> due = new ArrayList<>(timers);
        timers.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void anyKeyLeaves() {
        stack.enter(ClockMode.NAME, this::clock, services);
        stack.key("j");
        assertNull(stack.top());
    }

    @Test
    void theWheelLeavesToo() {
        stack.enter(ClockMode.NAME, this::clock, services);
        stack.wheel(5);
        assertNull(stack.top());
    }

    @Test
    void itTakesNoCommands() {
        stack.enter(ClockMode.NAME, this::clock, services);
        assertFalse(stack.command("cursor-up"));
    }

    @Test
    void redrawnWhenTheMinuteChangesOnly() {
        stack.enter(ClockMode.NAME, this::clock, services);
        int entered = changes;
        for (int second = 5; second < 59; second++) second();
        assertEquals(entered, changes, "no redraw within the minute");
        second();
        assertEquals(entered + 1, changes, "the new minute is drawn");
        assertEquals(1, timers.size(), "one timer at a time");
    }

    @Test
    void itsTimerStopsWhenTheModeIsLeft() {
        stack.enter(ClockMode.NAME, this::clock, services);
        stack.key("q");
        second();
        assertEquals(List.of(), timers);
    }

    private Window windowWithClock() {
        Sessions sessions = new Sessions();
        Session session = sessions.createSession("s", 80, 23);
        Window window = sessions.createWindow(session, "w");
        Pane pane = sessions.createPane(window, new Terminal(80, 23, bytes -> {}));
        assertSame(pane, window.activePane());
        pane.modes().enter(ClockMode.NAME, this::clock, services);
        return window;
    }

    @Test
    void thePaneShowsNoCursorWhileTheClockIsOn() {
        assertFalse(WindowPainter.paint(new Frame(80, 24), windowWithClock(), null).cursorVisible());
    }

    @Test
    void aCommandPromptOnTheStatusLineKeepsItsCursor() {
        Window window = windowWithClock();
        StatusLine prompt = new StatusComposer().prompt(null, window.session().options(), ":kill-", 6, false, 80, text -> text);
        Frame frame = WindowPainter.paint(new Frame(80, 24), window, prompt);
        assertTrue(frame.cursorVisible());
        assertEquals(23, frame.cursorRow());
        assertEquals(6, frame.cursorColumn());
    }
}
