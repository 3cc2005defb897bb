package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file, source-file and command sequences, in tmux's syntax. */
class ConfigFileTest {
    @TempDir
    Path scratch;

    @Test
    void aBadLineIsReportedWithItsLineAndTheRestStillLoads() throws Exception {
        Path conf = scratch.resolve("mux.conf");
        Files.writeString(conf, String.join("\n",
                "# comment line",
                "set -g status off",
                "set -g @mark here ; set -g prefix C-a",
                "bind-key -n F6 new-window \\; rename-window sixth",
                "set -g status-no-such-option 1",
                "") );
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            Run started = mux.mux("-f", conf.toString(), "new", "-d", "-s", "c");
            assertEquals(0, started.status(), started.toString());
            assertTrue(started.err().contains(conf + ":5: "), "the option error names its line: " + started.err());
            assertEquals("status off", mux.mux("show-options", "-g", "status").ok().out().strip());
            assertEquals("prefix C-a", mux.mux("show-options", "-g", "prefix").ok().out().strip(),
                    "both commands of a line ran");
            assertTrue(mux.mux("list-keys", "-T", "root").ok().out().contains("F6"));
            assertFalse(mux.mux("ls").ok().err().contains("status-no-such-option"), "errors are shown once");

            try (OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "c"))) {
                outer.waitForPrompt();
                outer.sendKeys("F6");
                Poll.until("F6 from the config to make and rename a window", () -> mux.mux("lsw", "-t", "c").ok().out(),
                        out -> out.contains("1: sixth"));
                String screen = outer.capture();
                assertFalse(screen.lines().anyMatch(line -> line.startsWith("[c] ")), "status off:\n" + screen);
                outer.sendKeys("C-a", "d");
                outer.waitForLine("[detached (from session c)]");
            }
        }
    }

    @Test
    void sourceFileFailsWithEveryErrorButRunsTheGoodLines() throws Exception {
        Path extra = scratch.resolve("extra.conf");
        Files.writeString(extra, "new-window -d -n fromfile\nselect-window -t nowhere\n");
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "s").ok();
            Run sourced = mux.mux("source-file", extra.toString());
            assertEquals(1, sourced.status());
            // As tmux 3.3a: to a client that sourced the file, the message alone.
            assertEquals("can't find window: nowhere\n", sourced.err());
            assertTrue(mux.mux("lsw", "-t", "s").ok().out().contains("fromfile"));
            assertEquals(0, mux.mux("source-file", "-q", scratch.resolve("missing.conf").toString()).status());
            assertTrue(mux.mux("source-file", scratch.resolve("missing.conf").toString()).err()
                    .contains("No such file or directory"));
        }
    }

    @Test
    void commandsSeparatedBySemicolonsRunInOrder() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "seq", ";", "new-window", "-d", "-n", "two", ";", "split-window", "-d", "-t", "seq:two").ok();
            assertEquals("2", mux.mux("display-message", "-p", "-t", "seq:two", "#{window_panes}").ok().out().strip());
            Run failing = mux.mux("new-window", "-d", "-n", "three", ";", "nosuch", ";", "new-window", "-d", "-n", "four");
            assertEquals(1, failing.status());
            assertEquals("unknown command: nosuch\n", failing.err());
            // As tmux 3.3a: a list is checked whole before any of it runs, so none of it ran.
            String windows = mux.mux("lsw", "-t", "seq").ok().out();
            assertTrue(!windows.contains("three") && !windows.contains("four"), "nothing of a bad list runs: " + windows);
        }
    }

    @Test
    void historyLimitFromTheConfigBoundsANewPanesScrollback() throws Exception {
        Path conf = scratch.resolve("limit.conf");
        Files.writeString(conf, "set -g history-limit 50\n");
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("-f", conf.toString(), "new", "-d", "-s", "h", "-x", "80", "-y", "10", "seq 1000; exec sleep 600").ok();
            String history = Poll.until("the output to finish", () -> mux.mux("capture-pane", "-p", "-S", "-", "-t", "h").ok().out(),
                    out -> out.contains("1000"));
            long lines = history.lines().count();
            assertTrue(lines <= 50 + 10, "at most the limit plus the visible rows, got " + lines);
            assertTrue(lines > 10, "some history is kept, got " + lines);
        }
    }
}
