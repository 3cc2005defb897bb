package dev.mux.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** load-buffer held to tmux 3.3a: new and named buffers from a file, and its errors. */
class LoadBufferDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void loadBufferAnswersAsTmux() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            Path file = scratch.resolve("text");
            Files.writeString(file, "hello\nworld");
            twins.same("new-session", "-d", "-s", "a", "exec sleep 600");
            twins.same("load-buffer", file.toString());
            twins.same("list-buffers");
            twins.same("loadb", "-b", "named", file.toString());
            twins.same("show-buffer", "-b", "named");
            twins.same("list-buffers");
            twins.same("load-buffer", scratch.resolve("missing").toString());
            twins.same("load-buffer", scratch.toString());
            twins.same("load-buffer", "-b", "", file.toString());
            twins.same("load-buffer");
            twins.same("list-buffers");
        }
    }
}
