package dev.mux.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cursor-style and cursor-colour as tmux 3.3a gives them to the outer terminal: a pane whose
 * program set no cursor of its own shows the options' shape (through Ss) and colour (through Cs),
 * seen in what each client wrote to its outer terminal.
 */
class CursorOptionsDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void theOptionsReachTheOuterTerminal() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                AttachedTwins attached = AttachedTwins.start(mux, 40, 6, List.of(
                        List.of("new-session", "-d", "-s", "s", "sleep 3600"),
                        List.of("set", "-as", "terminal-overrides", ",*:Cs=\\E]12;%p1%s\\007:Cr=\\E]112\\007")))) {
            Path fromTmux = scratch.resolve("tmux.out");
            Path fromMux = scratch.resolve("mux.out");
            attached.tmuxTerminal.command("pipe-pane", "-o", "-t", "outer", "cat >> " + fromTmux);
            attached.muxTerminal.command("pipe-pane", "-o", "-t", "outer", "cat >> " + fromMux);
            attached.same("set", "-g", "cursor-style", "bar");
            attached.same("set", "-g", "cursor-colour", "red");
            for (Path written : List.of(fromTmux, fromMux)) {
                Poll.until("the bar cursor in red sent to the terminal of " + written.getFileName(), () -> read(written),
                        text -> text.contains("\033[6 q") && text.contains("\033]12;rgb:80/00/00\007"));
            }
            attached.same("set", "-g", "cursor-style", "blinking-underline");
            for (Path written : List.of(fromTmux, fromMux)) {
                Poll.until("the blinking underline sent to the terminal of " + written.getFileName(), () -> read(written),
                        text -> text.contains("\033[3 q"));
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
