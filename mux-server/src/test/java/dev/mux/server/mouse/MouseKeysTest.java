package dev.mux.server.mouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mouse events made keys with the names tmux 3.3a gives them, as its server_client_check_mouse does. */
class MouseKeysTest {
    private final MouseKeys keys = new MouseKeys();
    private final List<Runnable> timers = new ArrayList<>();
    private final List<String> doubleClicks = new ArrayList<>();
    /** Row 23 is the status line, column 40 a border, the rest a pane. */
    private final MouseKeys.Locator locator = new MouseKeys.Locator() {
        @Override
        public MousePlace at(int x, int y) {
            Where where = y == 23 ? Where.STATUS : x == 40 ? Where.BORDER : Where.PANE;
            return new MousePlace(where, null, null, null);
        }

        @Override
        public int windowTop() {
            return 0;
        }
    };

    private String key(int button, int x, int y, boolean release) {
        Optional<MouseKey> key = keys.translate(new MouseEvent(button, x, y, release), locator, (millis, task) -> {
            timers.add(task);
            return () -> timers.remove(task);
        }, made -> doubleClicks.add(made.name()));
        return key.map(MouseKey::name).orElse(null);
    }

    private void timeUp() {
        new ArrayList<>(timers).forEach(Runnable::run);
        timers.clear();
    }

    @Test
    void pressesReleasesAndTheWheelAreNamedByButtonAndPlace() {
        assertEquals("MouseDown1Pane", key(0, 5, 5, false));
        assertEquals("MouseUp1Pane", key(0, 5, 5, true));
        timeUp();
        assertEquals("WheelUpPane", key(64, 5, 5, false));
        assertEquals("WheelDownStatus", key(65, 5, 23, false));
        assertEquals("M-MouseDown3Pane", key(2 | 8, 5, 5, false));
        assertEquals("M-MouseUp3Pane", key(2 | 8, 5, 5, true));
        assertEquals("C-S-WheelUpBorder", key(64 | 16 | 4, 40, 5, false));
        assertEquals("MouseMovePane", key(35, 6, 5, false));
    }

    @Test
    void aDragStartsWhereTheButtonWentDownAndEndsWithMouseDragEnd() {
        assertEquals("MouseDown1Border", key(0, 40, 5, false));
        assertEquals("MouseDrag1Border", key(32, 39, 5, false), "located where the button went down");
        assertEquals("MouseDrag1Pane", key(32, 30, 5, false), "then where the pointer is");
        assertEquals(null, key(32, 30, 5, false), "no move, no key");
        assertEquals("MouseDragEnd1Pane", key(0, 30, 5, true));
    }

    @Test
    void aDragACommandBeganTakesTheMovesAndHearsTheRelease() {
        List<String> heard = new ArrayList<>();
        key(0, 5, 5, false);
        assertEquals("MouseDrag1Pane", key(32, 6, 5, false));
        keys.startDrag(new MouseDrag() {
            @Override
            public void update(MouseKey key) {
                heard.add("update " + key.x());
            }

            @Override
            public void release(MouseKey key) {
                heard.add("release " + key.x());
            }
        });
        assertEquals(null, key(32, 9, 5, false));
        assertEquals("MouseDragEnd1Pane", key(0, 9, 5, true));
        assertEquals(List.of("update 9", "release 9"), heard);
        timeUp();
        key(0, 12, 5, false);
        assertEquals("MouseDrag1Pane", key(32, 13, 5, false), "the drag's handler is gone with the release");
    }

    @Test
    void secondAndTripleClicksComeAtOnceADoubleClickWhenTheTimeIsUp() {
        assertEquals("MouseDown1Pane", key(0, 5, 5, false));
        key(0, 5, 5, true);
        assertEquals("SecondClick1Pane", key(0, 5, 5, false));
        key(0, 5, 5, true);
        assertEquals("TripleClick1Pane", key(0, 5, 5, false));
        assertTrue(timers.isEmpty(), "a triple click waits for nothing");
        assertTrue(doubleClicks.isEmpty());

        assertEquals("MouseDown1Pane", key(0, 5, 5, false));
        assertEquals("SecondClick1Pane", key(0, 5, 5, false));
        timers.get(0).run();
        assertEquals(List.of("DoubleClick1Pane"), doubleClicks);
        assertEquals("MouseDown1Pane", key(0, 5, 5, false), "counting starts again");
        assertEquals(null, key(2, 5, 5, false), "another button within the time makes no key, as in tmux");
    }
}
