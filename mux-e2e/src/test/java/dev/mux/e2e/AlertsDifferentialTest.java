package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bells, activity and silence as tmux 3.3a shows them: the flags of the window list (# ! ~) in
 * window-status-activity-style and -bell-style, and the messages of visual-bell and the others,
 * compared on the screens of an outer terminal around each server's client.
 */
class AlertsDifferentialTest {
    private static final int COLUMNS = 70;
    private static final int ROWS = 8;

    @TempDir
    Path scratch;

    @Test
    void activityBellAndSilenceFlagTheirWindowsInTheirStyles() throws Exception {
        SideBySide.assertDrawnAsTmux(scratch, COLUMNS, ROWS, List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w0", "sleep 3600"),
                List.of("set", "-g", "automatic-rename", "off"),
                List.of("set", "-g", "status-right", "#{session_alerts}"),
                List.of("set", "-g", "window-status-format", "#I:#W#F"),
                List.of("set", "-g", "window-status-activity-style", "fg=red"),
                List.of("set", "-g", "window-status-bell-style", "fg=blue,bold"),
                List.of("new-window", "-d", "-n", "act", "cat"),
                List.of("new-window", "-d", "-n", "bell", "cat"),
                List.of("new-window", "-d", "-n", "quiet", "sleep 3600"),
                List.of("set", "-w", "-t", ":1", "monitor-activity", "on"),
                List.of("set", "-w", "-t", ":3", "monitor-silence", "1")),
                List.of(List.of("send-keys", "-t", ":1", "hello", "Enter"),
                        List.of("send-keys", "-t", ":2", "C-g", "Enter")),
                screen -> screen, "3:quiet~");
    }

    @Test
    void visualBellSaysWhichWindowRang() throws Exception {
        SideBySide.assertDrawnAsTmux(scratch, COLUMNS, ROWS, List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w0", "cat"),
                List.of("set", "-g", "automatic-rename", "off"),
                List.of("set", "-g", "status-right", ""),
                List.of("set", "-g", "display-time", "60000"),
                List.of("set", "-g", "visual-bell", "on"),
                List.of("new-window", "-d", "-n", "bell", "cat")),
                List.of(List.of("send-keys", "-t", ":1", "C-g", "Enter")),
                screen -> screen, "Bell in window 1");
    }

    @Test
    void aBellInTheCurrentWindowRaisesNoFlagButIsTold() throws Exception {
        SideBySide.assertDrawnAsTmux(scratch, COLUMNS, ROWS, List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w0", "cat"),
                List.of("set", "-g", "automatic-rename", "off"),
                List.of("set", "-g", "status-right", ""),
                List.of("set", "-g", "display-time", "60000"),
                List.of("set", "-g", "visual-bell", "both"),
                List.of("new-window", "-d", "-n", "other", "sleep 3600")),
                List.of(List.of("send-keys", "-t", ":0", "C-g", "Enter")),
                screen -> screen, "Bell in current window");
    }
}
