package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * history-file and prompt-history-limit as tmux 3.3a: the file a config sets is read once the
 * config is done (typed lines, older untyped ones, a repeat, more than the limit keeps), and
 * written back when the server exits; the command prompt's entries must be tmux's both ways.
 */
class PromptHistoryFileDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void theHistoryComesFromTheFileAndGoesBackToIt() throws Exception {
        List<String> saved = List.of("command:display one", "search:foo", "command:display two", "untyped line",
                "command:display two", "window-target:x", "command:display three", "command:display four");
        Path tmuxFile = scratch.resolve("tmux-history");
        Path muxFile = scratch.resolve("mux-history");
        Files.write(tmuxFile, saved);
        Files.write(muxFile, saved);
        Path tmuxConfig = Files.writeString(scratch.resolve("tmux.conf"),
                "set -s prompt-history-limit 4\nset -s history-file " + tmuxFile + "\n");
        Path muxConfig = Files.writeString(scratch.resolve("mux.conf"),
                "set -s prompt-history-limit 4\nset -s history-file " + muxFile + "\n");
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            mux.run(List.of("tmux", "-S", scratch.resolve("tmux.sock").toString(), "-f", tmuxConfig.toString(),
                    "new-session", "-d", "-s", "s")).ok();
            mux.mux("-f", muxConfig.toString(), "new-session", "-d", "-s", "s").ok();
            twins.same("show-prompt-history", "-T", "command");

            twins.same("set-option", "-s", "prompt-history-limit", "2");
            twins.tmux("kill-server");
            mux.mux("kill-server");
            Poll.until("tmux's file written", () -> lines(tmuxFile), lines -> !lines.equals(saved));
            Poll.until("mux's file written", () -> lines(muxFile), lines -> !lines.equals(saved));
            assertEquals(commandLines(tmuxFile), commandLines(muxFile));
        }
    }

    /** The command entries of a history file: mux keeps only the command prompt's history. */
    private static List<String> commandLines(Path file) {
        return lines(file).stream().filter(line -> line.startsWith("command:")).toList();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
