package dev.mux.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pane-colours as tmux 3.3a draws with it: a pane's ANSI, bright and 256-palette colours are
 * shown as the option's items for their indexes, the default and RGB colours as they are, and
 * capture-pane keeps what the program wrote.
 */
class PaneColoursDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void aPanesPaletteRecoloursWhatClientsSee() throws Exception {
        Path script = scratch.resolve("colours.sh");
        Files.writeString(script, "printf '\\033[31mred \\033[91mbright \\033[38;5;196mpalette \\033[38;2;1;2;3mrgb "
                + "\\033[41mbg \\033[0mplain \\033[32mgreen\\033[0m'\nexec cat\n");
        try (MuxHarness mux = MuxHarness.create(scratch);
                AttachedTwins both = AttachedTwins.start(mux, 70, 8, List.of(
                        List.of("new-session", "-d", "-s", "s", "-n", "w", "sh " + script),
                        List.of("set-option", "-g", "status", "off")))) {
            UnaryOperator<String> asIs = screen -> screen;
            // The outer terminal (a tmux) answers the clients' XTVERSION query with RGB among its
            // features; tmux 3.3a keeps what it drew before the answer came, mux draws again: once
            // tmux knows, both are drawn again, with the same terminal.
            Poll.until("tmux's client learnt its terminal", () -> both.twins.tmux("list-clients", "-F",
                    "#{client_termfeatures}").out(), features -> features.contains("RGB"));
            both.same("refresh-client");
            both.sameScreens(asIs, "green");
            both.same("set-option", "-p", "-t", "s", "pane-colours[1]", "blue");
            both.same("set-option", "-p", "-t", "s", "pane-colours[9]", "colour200");
            both.same("set-option", "-p", "-t", "s", "pane-colours[196]", "#102030");
            both.sameScreens(asIs, "\033[34mred");
            both.same("capture-pane", "-p", "-e", "-t", "s");
            both.same("set-option", "-p", "-u", "-t", "s", "pane-colours");
            both.same("set-option", "-w", "-t", "s", "pane-colours[2]", "yellow");
            both.sameScreens(asIs, "\033[33mgreen");
        }
    }
}
