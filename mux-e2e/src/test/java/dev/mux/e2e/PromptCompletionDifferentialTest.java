package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tab at the command prompt as tmux 3.3a's: the same start of a word typed at the prompt in two
 * outer terminals, one attached to tmux and one to mux, then Tab, must leave the same prompt text
 * ({@link #TEXT}): a command's name completed with a space, the prefix several commands share, an
 * option's name after the first word, and a session's target after -t.
 */
class PromptCompletionDifferentialTest {
    @TempDir
    Path scratch;

    private static String promptLine(String screen) {
        List<String> lines = screen.lines().toList();
        return lines.get(lines.size() - 1);
    }

    /** tmux draws the prompt's cursor as a reversed cell, mux leaves it to the terminal's cursor: the text is compared. */
    private static final UnaryOperator<String> TEXT = screen -> screen.replaceAll("\033\\[[0-9;]*m", "");

    @Test
    void tabCompletesCommandsOptionsAndTargets() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                AttachedTwins both = AttachedTwins.start(mux, 80, 24, List.of(
                        List.of("new-session", "-d", "-s", "s", "-n", "w", "-x", "80", "-y", "23", "sleep 3600"),
                        List.of("new-session", "-d", "-s", "work-one", "sleep 3600"),
                        List.of("set-option", "-g", "status-right", "")))) {
            String[][] cases = {
                    {"new-w", ":new-window "},
                    {"list-p", ":list-panes "},
                    {"lis", ":list-"},
                    {"set -g status-k", ":set -g status-keys "},
                    {"switch-client -tw", ":switch-client -twork-one:"},
            };
            for (String[] each : cases) {
                both.sendKeys("C-b", ":");
                both.sendKeys("-l", each[0]);
                both.sendKeys("Tab");
                String expected = each[1];
                String shown = expected.strip();
                both.sameScreens(TEXT, expected);
                Poll.until("the prompt line of mux", () -> promptLine(both.muxTerminal.capture()).strip(), shown::equals);
                both.sendKeys("Escape");
                both.sameScreens(TEXT, "[s]");
            }
        }
    }
}
