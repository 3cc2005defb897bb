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
    private static final String[] NAMES = {"list-windows", "-t", "s", "-F", "#{window_index}:#{window_name}"};

    @TempDir
    Path scratch;

    @Test
    void programsNameWindowsAsTmuxLetThem() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-n", "kept", "cat");
            twins.same("set", "-g", "automatic-rename-format", "auto-#{pane_current_command}");
            twins.same("new-window", "-d", "-t", "s:1", renaming("denied"));
            twins.sameOnce(names -> names.contains("1:auto-cat\n"), NAMES);

            twins.same("set", "-gw", "allow-rename", "on");
            twins.same("new-window", "-d", "-t", "s:2", renaming("asked"));
            twins.sameOnce(names -> names.contains("2:asked\n"), NAMES);
            twins.same("show-options", "-w", "-t", "s:2", "automatic-rename");

            twins.same("new-window", "-d", "-t", "s:3", "printf '\\033kasked\\033\\\\'; sleep 1; " + renaming(""));
            twins.sameOnce(names -> names.contains("3:auto-cat\n"), NAMES);
            twins.same("show-options", "-w", "-t", "s:3", "automatic-rename");
        }
    }

    /** A pane that asks for {@code name} as its window's name, then waits as cat. */
    private static String renaming(String name) {
        return "printf '\\033k" + name + "\\033\\\\'; exec cat";
    }
}
