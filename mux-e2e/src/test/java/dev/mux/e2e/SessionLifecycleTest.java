package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionLifecycleTest {
    /** tmux's list-sessions line: "NAME: N windows (created DATE)", maybe followed by more. */
    private static final Pattern WORK_LINE = Pattern.compile("(?m)^work: 1 windows \\(created [^)]+\\)");

    @TempDir
    Path scratch;

    @Test
    void newListHasKillLikeTmux() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "work").ok();

            Run ls = mux.mux("ls").ok();
            assertTrue(WORK_LINE.matcher(ls.out()).find(), ls.toString());

            assertEquals(0, mux.mux("has", "-t", "work").status());
            Run missing = mux.mux("has", "-t", "nope");
            assertEquals(1, missing.status(), missing.toString());
            assertTrue(missing.err().contains("can't find session: nope"), missing.toString());

            mux.mux("kill-session", "-t", "work").ok();
            // The server exits with its last session, as tmux's does; while it is still going
            // down it may answer that there are no sessions.
            Run after = mux.mux("ls");
            assertEquals(1, after.status(), after.toString());
            assertTrue(after.err().contains("no server running on " + mux.socket())
                    || after.err().contains("no sessions"), after.toString());
        }
    }

    /** list-commands prints what tmux 3.3a's prints: the name, the alias in parentheses, the usage. */
    @Test
    void listCommandsPrintsTmuxsLines() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "work").ok();
            assertEquals("kill-pane (killp) [-a] [-t target-pane]\n", mux.mux("list-commands", "kill-pane").ok().out());
            assertEquals("kill-pane (killp) [-a] [-t target-pane]\n", mux.mux("lscm", "killp").ok().out());
            assertEquals("", mux.mux("lscm", "kill").ok().out());
            assertEquals("kill-server|\n",
                    mux.mux("lscm", "-F", "#{command_list_name}|#{command_list_alias}", "kill-server").ok().out());
            String all = mux.mux("lscm").ok().out();
            assertTrue(all.contains("\nkill-server \n"), all);
        }
    }

    /** automatic-rename, as in tmux: the window follows what runs in its active pane. */
    @Test
    void aWindowIsNamedAfterTheProgramInItsForeground() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "auto").ok();
            assertEquals("sh\n", mux.mux("lsw", "-t", "auto", "-F", "#W").ok().out());
            mux.mux("send-keys", "-t", "auto", "exec sleep 600", "Enter").ok();
            Poll.until("the window to take the name of sleep", () -> mux.mux("lsw", "-t", "auto", "-F", "#W").ok().out(),
                    out -> out.equals("sleep\n"));
        }
    }

    @Test
    void listCommandsTakeFormatsForScripts() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "alpha", "-x", "80", "-y", "24").ok();
            mux.mux("new", "-d", "-s", "beta").ok();
            mux.mux("split-window", "-h", "-t", "alpha").ok();
            assertEquals("alpha 1\nbeta 1\n", mux.mux("ls", "-F", "#{session_name} #{session_windows}").ok().out());
            assertEquals("0:sh:2\n", mux.mux("lsw", "-t", "alpha", "-F", "#I:#W:#{window_panes}").ok().out());
            assertEquals("0 40x24\n1 39x24\n", mux.mux("lsp", "-t", "alpha", "-F", "#{pane_index} #{pane_width}x#{pane_height}")
                    .ok().out());
        }
    }
}
