package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * allow-passthrough as tmux 3.3a: a program's {@code ESC P tmux; ... ESC \} string reaches the
 * outer terminal only when the option is on (here it sets the outer pane's title, and moves the
 * outer terminal's cursor and pen, after which both servers must draw the same screen again).
 */
class PassthroughDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void passthroughReachesTheOuterTerminalOnlyWhenAllowed() throws Exception {
        Path script = scratch.resolve("passthrough.sh");
        Files.writeString(script, "printf '\\033Ptmux;\\033\\033]2;passed-%s\\007\\033\\033[31m\\033\\033[3;3H\\033\\\\' \"$1\"\n"
                + "printf 'marker-%s' \"$1\"\nexec cat\n");
        try (MuxHarness mux = MuxHarness.create(scratch);
                AttachedTwins both = AttachedTwins.start(mux, 50, 10, List.of(
                        List.of("new-session", "-d", "-s", "s", "-n", "w", "cat"),
                        List.of("set-option", "-g", "status", "off")))) {
            UnaryOperator<String> asIs = screen -> screen;
            both.same("respawn-pane", "-k", "-t", "s", "sh " + script + " one");
            both.sameScreens(asIs, "marker-one");
            for (OuterTmux terminal : List.of(both.tmuxTerminal, both.muxTerminal)) {
                assertFalse(terminal.display("#{pane_title}").contains("passed-one"), terminal.display("#{pane_title}"));
            }

            both.same("set-option", "-g", "allow-passthrough", "on");
            both.same("respawn-pane", "-k", "-t", "s", "sh " + script + " two");
            for (OuterTmux terminal : List.of(both.tmuxTerminal, both.muxTerminal)) {
                Poll.until("the outer title set through the passthrough", () -> terminal.display("#{pane_title}"),
                        "passed-two"::equals);
            }
            both.sameScreens(asIs, "marker-two");
        }
    }
}
