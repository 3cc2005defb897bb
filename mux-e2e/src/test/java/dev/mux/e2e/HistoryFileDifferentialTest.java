package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * history-file and prompt-history-limit as tmux 3.3a: the file named by the start-up configuration
 * is read into the prompt's history of each type, each type cut to the limit, and the history is
 * written back, one {@code type:entry} line each, when the server exits.
 */
class HistoryFileDifferentialTest {
    private static final String HISTORY = "command:display -p one\nsearch:foo\njunk line\ntarget:bar\ncommand:two\n"
            + "command:three\n\nwindow-target:w\n";

    @TempDir
    Path scratch;

    @Test
    void theHistoryIsReadAtStartAndWrittenAtExit() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            Path tmuxHistory = scratch.resolve("tmux.history");
            Path muxHistory = scratch.resolve("mux.history");
            Files.writeString(tmuxHistory, HISTORY);
            Files.writeString(muxHistory, HISTORY);
            Path tmuxConfig = scratch.resolve("tmux.conf");
            Path muxConfig = scratch.resolve("mux.conf");
            Files.writeString(tmuxConfig, "set -s history-file " + tmuxHistory + "\nset -s prompt-history-limit 2\n");
            Files.writeString(muxConfig, "set -s history-file " + muxHistory + "\nset -s prompt-history-limit 2\n");
            twins.tmux("-f", tmuxConfig.toString(), "new-session", "-d", "-s", "s", "sleep 3600").ok();
            twins.mux("-f", muxConfig.toString(), "new-session", "-d", "-s", "s", "sleep 3600").ok();
            twins.same("show-prompt-history");
            twins.same("clear-prompt-history", "-T", "search");
            twins.same("set", "-s", "prompt-history-limit", "1");
            twins.same("show-prompt-history", "-T", "command");
            twins.tmux("kill-server").ok();
            twins.mux("kill-server").ok();
            Poll.until("tmux's history written", () -> read(tmuxHistory), text -> !text.equals(HISTORY));
            Poll.until("mux's history written", () -> read(muxHistory), text -> !text.equals(HISTORY));
            assertEquals(read(tmuxHistory), read(muxHistory));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
