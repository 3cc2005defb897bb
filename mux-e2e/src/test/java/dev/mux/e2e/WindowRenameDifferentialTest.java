package dev.mux.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window names as tmux 3.3a gives them: automatic-rename-format expanded for the active pane, and
 * screen's {@code ESC k name ESC \} taken only with allow-rename on, where a name turns the window's
 * automatic-rename off and an empty one gives it back.
 */
class WindowRenameDifferentialTest {

    @TempDir
    Path scratch;

    @Test
    void programsNameWindowsAsTmuxLetThem() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-n", "kept", "cat");
            twins.same("set", "-g", "automatic-rename-format", "auto-#{pane_current_command}");
            twins.same("new-window", "-d", "-t", "s:1", renaming("denied"));
            twins.sameOnce(name -> name.equals("auto-cat\n"), name("s:1"));

            twins.same("set", "-gw", "allow-rename", "on");
            twins.same("new-window", "-d", "-t", "s:2", renaming("asked"));
            twins.sameOnce(name -> name.equals("asked\n"), name("s:2"));
            twins.same("show-options", "-w", "-t", "s:2", "automatic-rename");

            // tmux looks at a window's name again only after its pane prints: a name that does not
            // depend on the program is the same whenever it was taken.
            twins.same("set", "-g", "automatic-rename-format", "back");
            twins.same("new-window", "-d", "-t", "s:3", "printf '\\033kasked\\033\\\\'; sleep 1; " + renaming(""));
            twins.sameOnce(name -> name.equals("back\n"), name("s:3"));
            twins.same("show-options", "-w", "-t", "s:3", "automatic-rename");
        }
    }

    private static String[] name(String window) {
        return new String[] {"display-message", "-p", "-t", window, "#{window_name}"};
    }

    /** A pane that asks for {@code name} as its window's name, then waits as cat. */
    private static String renaming(String name) {
        return "printf '\\033k" + name + "\\033\\\\'; exec cat";
    }
}
