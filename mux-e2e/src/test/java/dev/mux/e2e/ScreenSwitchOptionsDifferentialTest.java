package dev.mux.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * alternate-screen and scroll-on-clear as tmux 3.3a obeys them: on (the default), a clear scrolls
 * the screen into the history and mode 1049 switches to the alternate screen; off, a clear just
 * erases and the program stays on the main screen. The same output on both servers must leave the
 * same screen, history and alternate_on.
 */
class ScreenSwitchOptionsDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void clearsAndTheAlternateScreenFollowTheOptions() throws Exception {
        Path script = scratch.resolve("screens.sh");
        Files.writeString(script, "printf 'one\\ntwo\\nthree\\n'\nprintf '\\033[2J\\033[Hcleared\\n'\n"
                + "printf '\\033[?1049halternate-%s' \"$1\"\nexec cat\n");
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-x", "40", "-y", "6", "sh " + script + " on");
            twins.sameOnce(screen -> screen.contains("alternate-on"), "capture-pane", "-p", "-t", "s");
            twins.same("display-message", "-p", "-t", "s", "#{history_size} #{alternate_on}");
            twins.same("capture-pane", "-p", "-a", "-t", "s");
            twins.same("capture-pane", "-p", "-S", "-", "-E", "-", "-t", "s");

            twins.same("set-option", "-g", "scroll-on-clear", "off");
            twins.same("set-option", "-g", "alternate-screen", "off");
            // Cleared first, so that all the history has after the run is what the run's clear put there.
            twins.same("clear-history", "-t", "s");
            twins.same("respawn-pane", "-k", "-t", "s", "sh " + script + " off");
            twins.sameOnce(screen -> screen.contains("alternate-off"), "capture-pane", "-p", "-t", "s");
            twins.same("display-message", "-p", "-t", "s", "#{history_size} #{alternate_on}");
            twins.same("capture-pane", "-p", "-S", "-", "-E", "-", "-t", "s");
        }
    }
}
