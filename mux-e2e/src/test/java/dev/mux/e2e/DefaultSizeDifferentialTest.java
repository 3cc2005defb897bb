package dev.mux.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * default-size as tmux 3.3a's new-session reads it: a session no client sizes takes the global
 * value, -x and -y override either half and become the session's own default-size.
 */
class DefaultSizeDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void detachedSessionsTakeTheDefaultSize() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "sleep 3600");
            twins.same("set", "-g", "default-size", "100x40");
            twins.same("set", "-g", "default-size", "junk");
            twins.same("new-session", "-d", "-s", "b", "sleep 3600");
            twins.same("new-session", "-d", "-s", "c", "-x", "120", "sleep 3600");
            twins.same("new-window", "-d", "-t", "c", "sleep 3600");
            twins.same("new-session", "-d", "-s", "d", "-y", "10", "sleep 3600");
            twins.same("list-windows", "-a", "-F", "#{session_name}:#{window_index} #{window_width}x#{window_height}");
            twins.same("show", "-t", "c", "default-size");
            twins.same("show", "-t", "d", "default-size");
            twins.same("show", "-t", "b", "default-size");
        }
    }
}
