package dev.mux.server.mouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.copy.CopyMode;
import dev.mux.server.copy.CopyPaneMode;
import dev.mux.server.copy.ModeKeys;
import dev.mux.server.layout.LayoutException;
import dev.mux.server.layout.Split;
import dev.mux.server.mode.ModeServices;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class MouseRouterTest {
    private static final MouseEvent WHEEL_UP_LEFT = new MouseEvent(64, 5, 5, false);
    private static final MouseEvent WHEEL_DOWN_LEFT = new MouseEvent(65, 5, 5, false);

    private final Sessions sessions = new Sessions();
    private final Session session = sessions.createSession("s", 81, 24);
    private final Window window = sessions.createWindow(session, "w");
    private final Pane left = sessions.createPane(window, withHistory());
    private final Pane right;
    private final MouseRouter router = new MouseRouter();
    private final PasteBuffers buffers = new PasteBuffers(() -> 50);
    /** What the server's wheel binding runs: copy-mode -e with emacs keys. */
    private final Consumer<Pane> scrollBack = pane -> CopyPaneMode.enter(pane, ModeKeys.EMACS, true, new ModeServices() {
        @Override
        public void addPasteBuffer(String text) {
            buffers.add(text);
        }

        @Override
        public void schedule(long delayMillis, Runnable task) {
            throw new UnsupportedOperationException("copy mode sets no timer");
        }
    });

    MouseRouterTest() throws LayoutException {
        right = sessions.splitPane(left, withHistory(), Split.LEFT_RIGHT, -1, false);
    }

    private static Terminal withHistory() {
        Terminal terminal = new Terminal(40, 24, bytes -> {});
        for (int i = 0; i < 100; i++) terminal.feed(("line " + i + "\r\n").getBytes(StandardCharsets.UTF_8));
        return terminal;
    }

    private static CopyMode copyMode(Pane pane) {
        return CopyPaneMode.of(pane);
    }

    @Test
    void wheelUpEntersCopyModeAndScrollsWheelDownLeavesItAtTheBottom() {
        router.route(WHEEL_UP_LEFT, window, true, scrollBack);
        assertNotNull(copyMode(left));
        assertEquals(MouseRouter.WHEEL_LINES, copyMode(left).offset());
        router.route(WHEEL_UP_LEFT, window, true, scrollBack);
        assertEquals(2 * MouseRouter.WHEEL_LINES, copyMode(left).offset());
        router.route(WHEEL_DOWN_LEFT, window, true, scrollBack);
        assertNotNull(copyMode(left));
        router.route(WHEEL_DOWN_LEFT, window, true, scrollBack);
        assertNull(copyMode(left));
        assertNull(copyMode(right));
    }

    @Test
    void withTheMouseOptionOffTheWheelDoesNothing() {
        router.route(WHEEL_UP_LEFT, window, false, scrollBack);
        assertNull(copyMode(left));
    }

    @Test
    void aClickSelectsThePaneUnderThePointer() {
        window.select(left);
        router.route(new MouseEvent(0, 60, 3, false), window, true, scrollBack);
        assertSame(right, window.activePane());
        router.route(new MouseEvent(0, 40, 3, false), window, true, scrollBack);
        assertSame(right, window.activePane(), "the border belongs to no pane");
    }

    @Test
    void aProgramThatAskedForTheMouseGetsTheWheelInsteadOfCopyMode() {
        byte[] mouseOn = "\033[?1000h".getBytes(StandardCharsets.US_ASCII);
        left.consume(mouseOn, mouseOn.length);
        router.route(WHEEL_UP_LEFT, window, true, scrollBack);
        assertNull(copyMode(left));
    }
}
