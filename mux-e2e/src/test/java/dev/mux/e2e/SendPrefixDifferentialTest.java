package dev.mux.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** send-prefix and send-prefix -2 held to tmux 3.3a: what a program reading the pane receives. */
class SendPrefixDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void sendPrefixTypesEitherPrefixAsTmux() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "40", "-y", "5", "exec cat -v");
            twins.same("send-prefix", "-2");
            twins.same("set", "-g", "prefix2", "C-a");
            twins.same("send-prefix", "-2");
            twins.same("send-prefix");
            twins.same("send-keys", "Enter");
            twins.sameOnce(screen -> screen.startsWith("^A^B"), "capture-pane", "-p");
            twins.same("send-prefix", "-x");
        }
    }
}
