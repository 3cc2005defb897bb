package dev.mux.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scroll-on-clear and alternate-screen as tmux 3.3a reads them while a pane takes output: off, a
 * whole-screen erase no longer scrolls the screen into history, and the alternate screen sequences
 * are ignored; on (the defaults), both work as a terminal's do.
 */
class ScreenOptionsDifferentialTest {
    private static final String CLEARS = "read x; printf 'one\\ntwo\\n\\033[2J\\033[Hthree'; exec sleep 3600";
    private static final String CLEARS_FROM_HOME = "read x; printf 'four\\nfive\\n\\033[H\\033[Jsix'; exec sleep 3600";
    private static final String ALTERNATES = "read x; printf 'main\\n\\033[?1049halternate'; exec sleep 3600";

    @TempDir
    Path scratch;

    @Test
    void scrollOnClearAndAlternateScreen() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-x", "40", "-y", "6", "sleep 3600");
            String[][] windows = {{"1", CLEARS, "scroll-on-clear", "off"}, {"2", CLEARS, "scroll-on-clear", "on"},
                {"3", CLEARS_FROM_HOME, "scroll-on-clear", "off"}, {"4", ALTERNATES, "alternate-screen", "off"},
                {"5", ALTERNATES, "alternate-screen", "on"}};
            for (String[] window : windows) {
                twins.same("new-window", "-d", "-t", ":" + window[0], window[1]);
                twins.same("set", "-w", "-t", ":" + window[0], window[2], window[3]);
                twins.same("send-keys", "-t", ":" + window[0], "Enter");
            }
            for (String[] window : windows) {
                String target = ":" + window[0];
                twins.sameOnce(text -> !text.isBlank(), "capture-pane", "-p", "-t", target);
                twins.same("display-message", "-p", "-t", target, "#{history_size} #{alternate_on} #{cursor_x},#{cursor_y}");
                twins.same("capture-pane", "-p", "-S", "-", "-t", target);
            }
        }
    }
}
