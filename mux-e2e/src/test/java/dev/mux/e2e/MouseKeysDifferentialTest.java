package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mouse as tmux 3.3a makes it keys (MouseDown1Pane, WheelUpPane, MouseDrag1Border,
 * MouseDown1Status, M-MouseDown3Pane...) looked up in the root and copy-mode tables: the same SGR
 * reports typed in two outer terminals, one attached to tmux and one to mux, with the default
 * bindings and with bindings changed, must leave both servers in the same state.
 */
class MouseKeysDifferentialTest {
    private static final int COLUMNS = 80;
    private static final int ROWS = 24;

    @TempDir
    Path scratch;

    private static String press(int button, int column, int row) {
        return "\033[<" + button + ";" + (column + 1) + ";" + (row + 1) + "M";
    }

    private static String release(int button, int column, int row) {
        return "\033[<" + button + ";" + (column + 1) + ";" + (row + 1) + "m";
    }

    private static String click(int column, int row) {
        return press(0, column, row) + release(0, column, row);
    }

    private static String drag(int fromColumn, int toColumn, int row) {
        return press(0, fromColumn, row) + press(32, fromColumn - 1, row) + press(32, toColumn, row) + release(0, toColumn, row);
    }

    /**
     * A press sent twice, so that exactly one of the two is a plain MouseDown whatever the timing: a
     * press of another button within the double-click time of the last press is dropped (tmux
     * 3.3a's rule, and mux's), and a second press of the same button within it is a SecondClick,
     * which nothing here binds.
     */
    private static String pressTwice(int button, int column, int row) {
        String once = press(button, column, row) + release(button, column, row);
        return once + once;
    }

    @Test
    void mouseKeysRunTheBindingsOfTheirTables() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                AttachedTwins both = AttachedTwins.start(mux, COLUMNS, ROWS, List.of(
                        List.of("new-session", "-d", "-s", "s", "-n", "w", "-x", "80", "-y", "23", "sh -c 'seq 1 200; exec sleep 3600'"),
                        List.of("set-option", "-g", "mouse", "on"),
                        List.of("split-window", "-h", "-t", "s", "sleep 3600")))) {
            both.both("1", "display-message", "-p", "-t", "s", "#{pane_index}");
            // MouseDown1Pane: select-pane -t = (then send-keys -M, which sleep does not want).
            both.sendBytes(click(5, 5));
            both.both("0", "display-message", "-p", "-t", "s", "#{pane_index}");

            // WheelUpPane over a pane showing its screen enters copy mode (copy-mode -e) and no more.
            both.sendBytes(press(64, 5, 5));
            both.both("1 0", "display-message", "-p", "-t", "s:0.0", "#{pane_in_mode} #{scroll_position}");
            // In copy mode the copy-mode table's WheelUpPane scrolls five lines; rebound, two.
            both.sendBytes(press(64, 5, 5));
            both.both("1 5", "display-message", "-p", "-t", "s:0.0", "#{pane_in_mode} #{scroll_position}");
            both.same("bind-key", "-T", "copy-mode", "WheelUpPane", "send-keys", "-X", "-N", "2", "scroll-up");
            both.sendBytes(press(64, 5, 5));
            both.both("1 7", "display-message", "-p", "-t", "s:0.0", "#{pane_in_mode} #{scroll_position}");
            both.same("copy-mode", "-q", "-t", "s:0.0");

            // Unbound, dragging the border does nothing; bound again, the border follows the pointer.
            both.same("unbind-key", "-n", "MouseDrag1Border");
            both.sendBytes(drag(40, 30, 5) + click(60, 5));
            both.both("1", "display-message", "-p", "-t", "s", "#{pane_index}");
            both.both("40", "display-message", "-p", "-t", "s:0.0", "#{pane_width}");
            both.same("bind-key", "-n", "MouseDrag1Border", "resize-pane", "-M");
            both.sendBytes(drag(40, 30, 5));
            both.both("30", "display-message", "-p", "-t", "s:0.0", "#{pane_width}");

            // A key with a modifier (meta: 8) and a key of the status line's window list, rebound.
            both.same("bind-key", "-n", "M-MouseDown3Pane", "rename-window", "-t", "=", "meta");
            both.sendBytes(pressTwice(10, 5, 5));
            both.both("meta", "display-message", "-p", "-t", "s", "#{window_name}");
            both.same("bind-key", "-n", "MouseDown1Status", "new-window", "-d", "-t", "s:5");
            both.sendBytes(pressTwice(0, 6, ROWS - 1));
            both.both("2", "display-message", "-p", "-t", "s", "#{session_windows}");
            both.same("list-keys", "-T", "root", "MouseDown1Status");
        }
    }
}
