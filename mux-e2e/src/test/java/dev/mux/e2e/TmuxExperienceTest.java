package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Windows, split panes, the status line, key bindings and several clients, as a tmux user sees them. */
class TmuxExperienceTest {
    private static final int LAST_ROW = OuterTmux.ROWS - 1;

    @TempDir
    Path scratch;

    private static String row(String screen, int row) {
        List<String> lines = screen.lines().toList();
        return row < lines.size() ? lines.get(row) : "";
    }

    @Test
    void splitsDrawABorderAndKeepEachPaneApart() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"))) {
            outer.waitForPrompt();
            outer.sendKeys("C-b", "%");
            Poll.until("two panes", () -> mux.mux("list-panes", "-t", "demo").ok().out(),
                    panes -> panes.lines().count() == 2);
            assertEquals("0: [50x29]\n1: [49x29]\n", mux.mux("list-panes", "-t", "demo").ok().out()
                    .replaceAll(" \\[history.*", ""), "tmux splits 100 columns as 50 + border + 49");
            outer.type("echo right''side");
            String screen = outer.waitForScreen("the right pane's output", s -> s.contains("rightside"));
            for (int row = 0; row < LAST_ROW; row++) {
                assertEquals('│', row(screen, row).charAt(50), "border column on row " + row + ":\n" + screen);
            }
            int outputRow = screen.lines().toList().indexOf(screen.lines().filter(l -> l.contains("rightside")
                    && !l.contains("echo")).findFirst().orElseThrow());
            assertTrue(row(screen, outputRow).indexOf("rightside") > 50, "output lands in the right pane:\n" + screen);

            outer.sendKeys("C-b", "Left");
            outer.type("echo left''side");
            screen = outer.waitForScreen("the left pane's output", s -> s.lines().anyMatch(l -> l.startsWith("leftside")));
            assertEquals("%0", mux.mux("display-message", "-p", "-t", "demo", "#{pane_id}").ok().out().strip(),
                    "C-b Left made the left pane active");

            outer.sendKeys("C-b", "z");
            Poll.until("the zoomed pane to fill the window",
                    () -> mux.mux("display-message", "-p", "-t", "demo", "#{pane_width}x#{pane_height} #{window_zoomed_flag}").ok().out(),
                    out -> out.strip().equals("100x29 1"));
            screen = outer.waitForScreen("no border while zoomed", s -> row(s, 0).length() < 50 || row(s, 0).charAt(50) != '│');
            assertTrue(row(screen, LAST_ROW).startsWith("[demo] 0:"), "status line:\n" + screen);
        }
    }

    @Test
    void windowsAppearOnTheStatusLineAndThePrefixKeysMoveBetweenThem() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"))) {
            outer.waitForPrompt();
            String status = row(outer.capture(), LAST_ROW);
            assertTrue(status.matches("\\[demo\\] 0:sh\\* +\".*\" \\d\\d:\\d\\d \\d\\d-\\w\\w\\w-\\d\\d"), status);

            outer.sendKeys("C-b", "c");
            outer.waitForScreen("window 1 on the status line", s -> row(s, LAST_ROW).startsWith("[demo] 0:sh- 1:sh*"));
            outer.sendKeys("C-b", "n");
            outer.waitForScreen("window 0 current again", s -> row(s, LAST_ROW).startsWith("[demo] 0:sh* 1:sh-"));

            mux.mux("rename-window", "-t", "demo:1", "logs").ok();
            mux.mux("new-window", "-d", "-t", "demo:5", "-n", "five").ok();
            outer.waitForScreen("renamed and added windows", s -> row(s, LAST_ROW).startsWith("[demo] 0:sh* 1:logs- 5:five"));
            assertEquals(List.of("0", "1", "5"), mux.mux("list-windows", "-t", "demo").ok().out().lines()
                    .map(line -> line.substring(0, line.indexOf(':'))).toList());
            assertTrue(mux.mux("new-window", "-t", "demo:5").err().contains("index 5 in use"));

            mux.mux("bind-key", "-n", "F5", "select-window", "-t", ":=5").ok();
            outer.sendKeys("F5");
            outer.waitForScreen("F5 bound without prefix", s -> row(s, LAST_ROW).contains("5:five*"));
            assertTrue(mux.mux("list-keys", "-T", "root").ok().out().contains("F5"));

            mux.mux("send-keys", "-t", "demo:0", "exec sleep 600", "Enter").ok();
            Poll.until("automatic rename to the foreground program",
                    () -> mux.mux("list-windows", "-t", "demo").ok().out(), out -> out.startsWith("0: sleep"));
        }
    }

    @Test
    void twoClientsOfDifferentSizesEachSeeAWholePicture() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux big = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"))) {
            big.waitForPrompt();
            big.type("echo both''see");
            big.waitForLine("bothsee");
            try (OuterTmux small = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "demo"), "small", 60, 20)) {
                small.waitForLine("bothsee");
                assertEquals("60x19", mux.mux("display-message", "-p", "-t", "demo", "#{window_width}x#{window_height}")
                        .ok().out().strip(), "the window follows the client that attached last");
                String smallScreen = small.waitForScreen("its status line", s -> row(s, 19).startsWith("[demo] 0:"));
                assertTrue(row(smallScreen, 19).length() <= 60, smallScreen);
                String bigScreen = big.waitForScreen("its status line at its own bottom",
                        s -> row(s, LAST_ROW).startsWith("[demo] 0:") && Screens.hasLine(s, "bothsee"));
                assertTrue(row(bigScreen, LAST_ROW).stripTrailing().length() > 60,
                        "the big client's status line spans its own width:\n" + bigScreen);
                assertEquals("demo: 1 windows", mux.mux("ls").ok().out().replaceAll(" \\(created.*", "").strip());
                String clients = mux.mux("list-clients").ok().out();
                // Named by their terminals, as tmux names its clients: here the outer tmux's panes.
                String bigTty = big.display("#{pane_tty}").strip();
                String smallTty = small.display("#{pane_tty}").strip();
                assertTrue(clients.matches("(?s)" + Pattern.quote(bigTty) + ": demo \\[100x30 [^]]+\\] \\(attached[^)]*\\)\n"
                        + Pattern.quote(smallTty) + ": demo \\[60x20 [^]]+\\] \\(attached[^)]*\\)\n"), clients);
            }
            Poll.until("the window to take the remaining client's size again",
                    () -> mux.mux("display-message", "-p", "-t", "demo", "#{window_width}x#{window_height}").ok().out(),
                    out -> out.strip().equals("100x29"));
        }
    }

    @Test
    void theCommandPromptRunsWhatIsTypedAndRenamesWithItsTemplate() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"))) {
            outer.waitForPrompt();
            outer.sendKeys("C-b", ":");
            outer.waitForScreen("the prompt on the status line", s -> row(s, LAST_ROW).equals(":"));
            outer.sendKeys("-l", "new-window -n typed");
            outer.waitForScreen("the typed text", s -> row(s, LAST_ROW).equals(":new-window -n typed"));
            outer.sendKeys("Enter");
            Poll.until("the typed command to run", () -> mux.mux("list-windows", "-t", "demo").ok().out(),
                    out -> out.contains("1: typed*"));

            outer.sendKeys("C-b", ",");
            outer.waitForScreen("the rename prompt starting from the name", s -> row(s, LAST_ROW).equals("(rename-window) typed"));
            outer.sendKeys("C-u");
            outer.sendKeys("-l", "logs");
            outer.sendKeys("Enter");
            Poll.until("the rename", () -> mux.mux("list-windows", "-t", "demo").ok().out(), out -> out.contains("1: logs*"));

            outer.sendKeys("C-b", ":");
            outer.sendKeys("-l", "nosuchcommand");
            outer.sendKeys("Enter");
            outer.waitForScreen("the error on the status line", s -> row(s, LAST_ROW).startsWith("unknown command: nosuchcommand"));
        }
    }

    @Test
    void panesBreakOutAndShowTheirNumbers() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"))) {
            outer.waitForPrompt();
            mux.mux("split-window", "-h", "-t", "demo").ok();
            mux.mux("set", "-g", "display-panes-time", "60000").ok();
            outer.sendKeys("C-b", "q");
            // Large numbers, as tmux draws them, with each pane's size in its top right corner.
            outer.waitForScreen("the pane numbers", s -> row(s, 0).contains("50x29│") && row(s, 0).strip().endsWith("49x29"));
            outer.sendKeys("0");
            Poll.until("pane 0 chosen by its number", () -> mux.mux("display-message", "-p", "-t", "demo", "#{pane_index}")
                    .ok().out(), out -> out.strip().equals("0"));

            String moved = mux.mux("display-message", "-p", "-t", "demo:0.1", "#{pane_id}").ok().out().strip();
            mux.mux("break-pane", "-s", "demo:0.1", "-n", "alone").ok();
            assertEquals(moved + " 1", mux.mux("display-message", "-p", "-t", "demo:alone", "#{pane_id} #{window_panes}")
                    .ok().out().strip(), "the same pane, now alone in its window");
            assertEquals("1", mux.mux("display-message", "-p", "-t", "demo:0", "#{window_panes}").ok().out().strip());
            // tmux 3.3a moves a pane alone in its window with its window, to the lowest free index.
            mux.mux("break-pane", "-s", "demo:0").ok();
            assertEquals("1 2", mux.mux("list-windows", "-t", "demo", "-F", "#{window_index}").ok().out().strip()
                    .replace('\n', ' '));
        }
    }

    @Test
    void windowSizeSmallestFollowsTheSmallerClient() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux big = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"))) {
            big.waitForPrompt();
            mux.mux("set-option", "-g", "window-size", "smallest").ok();
            try (OuterTmux small = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "demo"), "small", 60, 20);
                    OuterTmux bigger = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "demo"), "bigger", 120, 40)) {
                small.waitForPrompt();
                bigger.waitForPrompt();
                Poll.until("the smallest client's size", () -> mux.mux("display-message", "-p", "-t", "demo",
                        "#{window_width}x#{window_height}").ok().out(), out -> out.strip().equals("60x19"));
            }
        }
    }

    /** tmux's default window-size, latest: the window takes the size of the client that typed in it last. */
    @Test
    void windowSizeLatestFollowsTheClientThatTyped() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux small = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"), "small", 60, 20)) {
            small.waitForPrompt();
            mux.mux("set-hook", "-g", "client-active", "set -ga @active x").ok();
            try (OuterTmux big = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "demo"), "big", 120, 40)) {
                big.waitForPrompt();
                big.type("true");
                Poll.until("the size of the client that typed", () -> mux.mux("display-message", "-p", "-t", "demo",
                        "#{window_width}x#{window_height}").ok().out(), out -> out.strip().equals("120x39"));
                small.type("true");
                Poll.until("the size of the client that typed since", () -> mux.mux("display-message", "-p", "-t",
                        "demo", "#{window_width}x#{window_height}").ok().out(), out -> out.strip().equals("60x19"));
                big.type("true");
                Poll.until("the size of the client that typed last", () -> mux.mux("display-message", "-p", "-t",
                        "demo", "#{window_width}x#{window_height}").ok().out(), out -> out.strip().equals("120x39"));
                // Attaching made big the latest without the hook; each later change ran it.
                Poll.until("client-active run for each change", () -> mux.mux("show", "-gv", "@active").ok().out(),
                        out -> out.strip().equals("xx"));
            }
        }
    }

    @Test
    void aFloodingPaneDoesNotHoldUpTheKeysOfAnother() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"))) {
            outer.waitForPrompt();
            mux.mux("split-window", "-h", "-d", "-t", "demo", "yes flood | cat -n").ok();
            Poll.until("the flood to run", () -> mux.capture("demo:0.1"), screen -> screen.contains("flood"));
            for (int i = 0; i < 3; i++) {
                outer.type("echo answer" + i);
                outer.waitForScreen("the typed command's answer", s -> s.lines().anyMatch(l -> l.startsWith("answer")));
                outer.type("clear");
                outer.waitForScreen("the cleared pane", s -> s.lines().noneMatch(l -> l.startsWith("answer")));
            }
            assertTrue(mux.capture("demo:0.1").contains("flood"), "the flood went on meanwhile");
        }
    }
}
