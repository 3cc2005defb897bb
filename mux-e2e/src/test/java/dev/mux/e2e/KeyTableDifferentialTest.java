package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * prefix2 and key-table as tmux 3.3a reads them for a typed key: prefix2 leads into the prefix
 * table as prefix does, and key-table names the table keys go to when nothing chose another, which
 * #{client_key_table} and #{client_prefix} show on the status line; a key bound nowhere still
 * reaches the pane.
 */
class KeyTableDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void prefix2AndKeyTableChooseTheTable() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                AttachedTwins attached = AttachedTwins.start(mux, 50, 8, List.of(
                        List.of("new-session", "-d", "-s", "s", "-n", "w", "cat"),
                        List.of("set", "-g", "automatic-rename", "off"),
                        List.of("set", "-g", "status-left", ""),
                        List.of("set", "-g", "window-status-format", ""),
                        List.of("set", "-g", "window-status-current-format", ""),
                        List.of("set", "-g", "status-right", "[#{client_key_table}/#{client_prefix}]"),
                        List.of("set", "-g", "prefix2", "C-a"),
                        List.of("bind-key", "c", "new-window", "-d", "cat"),
                        List.of("bind-key", "-T", "mine", "x", "new-window", "-d", "-n", "fromx", "cat")))) {
            attached.sameScreens(screen -> screen, "[root/0]");
            attached.sendKeys("C-a");
            attached.sameScreens(screen -> screen, "[prefix/1]");
            attached.sendKeys("c");
            attached.both("2", "display-message", "-p", "#{session_windows}");
            attached.same("set", "-g", "key-table", "mine");
            attached.sameScreens(screen -> screen, "[mine/0]");
            attached.sendKeys("x");
            attached.both("3", "display-message", "-p", "#{session_windows}");
            attached.sendKeys("y");
            attached.sameScreens(screen -> screen, "y");
            attached.same("switch-client", "-T", "root");
            attached.sameScreens(screen -> screen, "[root/1]");
            attached.sendKeys("x");
            attached.both("4", "display-message", "-p", "#{session_windows}");
        }
    }
}
