package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window smaller than the client's terminal, as tmux 3.3a draws it: a border along its right
 * and bottom edges joined to the panes' borders, the rest filled with dots or fill-character, in
 * pane-border-style and each pane-border-lines set.
 */
class WindowEdgeDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void theSpaceBeyondASmallWindowIsEdgedAndFilled() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                AttachedTwins both = AttachedTwins.start(mux, 50, 14, List.of(
                        List.of("new-session", "-d", "-s", "s", "-n", "w", "cat"),
                        List.of("set-option", "-g", "status", "off")))) {
            UnaryOperator<String> asIs = screen -> screen;
            both.same("resize-window", "-t", "s", "-x", "30", "-y", "8");
            both.sameScreens(asIs, "\u00b7");
            both.same("split-window", "-h", "-t", "s", "cat");
            both.same("split-window", "-v", "-t", "s", "cat");
            both.same("set-option", "-g", "pane-border-style", "fg=red");
            both.sameScreens(asIs, "\u2534");
            both.same("set-option", "-g", "pane-border-lines", "double");
            both.same("set-option", "-w", "-t", "s", "fill-character", "x");
            both.sameScreens(asIs, "\u2569");
            both.same("set-option", "-g", "pane-border-lines", "simple");
            both.same("set-option", "-w", "-t", "s", "fill-character", "\u4e2d");
            both.sameScreens(asIs, ".");
            both.same("set-option", "-g", "pane-border-lines", "number");
            both.same("resize-pane", "-Z", "-t", "s");
            both.sameScreens(asIs, "*");
        }
    }
}
