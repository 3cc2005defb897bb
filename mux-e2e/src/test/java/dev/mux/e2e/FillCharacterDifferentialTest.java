package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fill-character as tmux 3.3a draws it: where the client is bigger than its window, the cells
 * outside the window show the character in pane-border-style.
 */
class FillCharacterDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void theAreaOutsideTheWindowIsFilled() throws Exception {
        List<List<String>> setup = List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w", "printf 'inside'; exec sleep 3600"),
                List.of("set", "-g", "automatic-rename", "off"),
                List.of("set", "-g", "status-right", ""),
                List.of("set", "-g", "window-size", "manual"),
                List.of("resize-window", "-x", "20", "-y", "4"),
                List.of("set", "-g", "fill-character", "."),
                List.of("set", "-g", "pane-border-style", "fg=red,bg=blue"));
        SideBySide.assertDrawnAsTmux(scratch, 40, 8, setup, List.of(), screen -> screen, "....");
    }
}
