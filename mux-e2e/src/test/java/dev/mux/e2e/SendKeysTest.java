package dev.mux.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendKeysTest {
    @TempDir
    Path scratch;

    @Test
    void typedCommandOutputShowsInCapture() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "s", "-x", "80", "-y", "24").ok();
            // The quotes split the word, so only the command's output is a line "hello", not its echo.
            mux.mux("send", "-t", "s", "echo hel''lo", "Enter").ok();
            Poll.until("a line \"hello\" in capture-pane", () -> mux.capture("s"), screen -> Screens.hasLine(screen, "hello"));
        }
    }
}
