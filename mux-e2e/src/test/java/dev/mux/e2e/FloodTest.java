package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pane that floods its attached client: the server draws it at a paced frame rate, and whatever
 * the pane shows when the output stops is what the client's terminal ends up showing.
 */
class FloodTest {
    /** The status line takes the terminal's last row. */
    private static final int PANE_ROWS = OuterTmux.ROWS - 1;

    @TempDir
    Path scratch;

    /** The first {@code rows} lines of a capture, without trailing blanks, and without blank lines at the end. */
    private static List<String> rows(String capture, int rows) {
        List<String> lines = new ArrayList<>(capture.lines().limit(rows).map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }

    @Test
    void afterAFloodTheClientShowsTheFinalScreenAndEchoesAtOnceAgain() throws Exception {
        // The last bytes come right after the flood, then nothing: only a frame drawn after the
        // output stopped can show them.
        String flood = "seq 1 60000; printf 'flood over'; exec sleep 600";
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo", flood))) {
            String screen = outer.waitForScreen("the end of the flood", s -> s.contains("flood over"));
            assertEquals(rows(mux.capture("demo"), PANE_ROWS), rows(screen, PANE_ROWS),
                    "the client shows the pane's final screen");

            outer.sendKeys("typed");
            screen = outer.waitForScreen("the echo after the flood", s -> s.contains("flood overtyped"));
            assertEquals(rows(mux.capture("demo"), PANE_ROWS), rows(screen, PANE_ROWS));
        }
    }
}
