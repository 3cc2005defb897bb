package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The choose modes as a user sees them through an attached client: C-b s and C-b w draw the same
 * tree and preview as tmux 3.3a's on the same sessions in a terminal of the same size, and follow
 * the same keys; Enter runs the template; C-b = lists, pastes and deletes buffers.
 */
class ChooseModesTest {
    /** The rows of the panes: the status lines differ (the host, the time), the panes must not. */
    private static final int PANE_ROWS = OuterTmux.ROWS - 1;

    @TempDir
    Path scratch;

    /** The same sessions on mux and on tmux, each with a client in a terminal of the same size. */
    private static final class Twins implements AutoCloseable {
        final MuxHarness mux;
        final List<String> tmux;
        final OuterTmux muxTerminal;
        final OuterTmux tmuxTerminal;

        Twins(MuxHarness mux) throws Exception {
            this.mux = mux;
            String socket = "mux-e2e-choose-" + ProcessHandle.current().pid();
            tmux = List.of("tmux", "-L", socket, "-f", "/dev/null");
            muxTerminal = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "alpha"));
            tmuxTerminal = OuterTmux.start(mux, "env -u TMUX tmux -L " + socket + " -f /dev/null new -s alpha",
                    "tmux-terminal", OuterTmux.COLUMNS, OuterTmux.ROWS);
            muxTerminal.waitForPrompt();
            tmuxTerminal.waitForPrompt();
            both("new-window", "-d", "-t", "alpha");
            both("new-session", "-d", "-s", "beta");
            both("split-window", "-d", "-t", "beta");
            // Named, as tmux names a window after its program only once the pane has printed something.
            both("rename-window", "-t", "alpha:0", "one");
            both("rename-window", "-t", "alpha:1", "two");
            both("rename-window", "-t", "beta:0", "three");
        }

        void both(String... command) {
            mux.run(concat(tmux, List.of(command))).ok();
            mux.mux(command).ok();
        }

        String tmuxOut(String... command) {
            return mux.run(concat(tmux, List.of(command))).ok().out();
        }

        void keys(String... keys) {
            tmuxTerminal.sendKeys(keys);
            muxTerminal.sendKeys(keys);
        }

        /** Waits for both terminals to show the same panes (styles included), which pass {@code check}. */
        String same(String what, Predicate<String> check) {
            Pictures seen = Poll.until(what, () -> new Pictures(paneRows(tmuxTerminal.captureWithStyles()),
                    paneRows(muxTerminal.captureWithStyles())), pictures -> pictures.tmux.equals(pictures.mux)
                    && check.test(pictures.tmux));
            return seen.mux;
        }

        /**
         * As {@link #same}, for the text only: where bright lines follow each other, the outer
         * terminal's capture carries the attribute over from the line above in mux's picture and
         * sets it again in tmux's (whose rows end in blanks), the same picture in other words.
         */
        String sameText(String what, Predicate<String> check) {
            Pictures seen = Poll.until(what, () -> new Pictures(paneRows(tmuxTerminal.capture()),
                    paneRows(muxTerminal.capture())), pictures -> pictures.tmux.equals(pictures.mux)
                    && check.test(pictures.tmux));
            return seen.mux;
        }

        @Override
        public void close() {
            mux.run(concat(tmux, List.of("kill-server")));
            tmuxTerminal.close();
            muxTerminal.close();
        }
    }

    private record Pictures(String tmux, String mux) {
        @Override
        public String toString() {
            return "tmux:\n" + tmux + "\nmux:\n" + mux;
        }
    }

    /**
     * The pane rows of a capture with styles, each line without its trailing blanks and without the
     * SGR sequences that only reset colours: mux clears the rest of a highlighted line with EL in
     * the line's colour where tmux writes blanks in it, the same picture held differently in the
     * outer terminal's grid (tmux's capture prints the blanks and the resets around them).
     */
    private static String paneRows(String capture) {
        List<String> lines = capture.lines().toList();
        return String.join("\n", lines.subList(0, Math.min(PANE_ROWS, lines.size())).stream()
                .map(line -> RESETS.matcher(line).replaceAll("").stripTrailing()).toList());
    }

    private static final java.util.regex.Pattern RESETS = java.util.regex.Pattern.compile("\u001b\\[(?:0|39|49)m");

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void prefixSChoosesSessionsAsTmuxDraws() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); Twins twins = new Twins(mux)) {
            twins.keys("C-b", "s");
            twins.same("the sessions' tree", screen -> screen.contains("(0) + alpha: 2 windows (attached)")
                    && screen.contains(" 1:two "));
            assertEquals("tree-mode 1", mux.mux("display-message", "-p", "-t", "alpha", "#{pane_mode} #{pane_in_mode}")
                    .ok().out().strip());
            twins.keys("Down");
            twins.same("beta's preview", screen -> screen.contains(" beta (sort: index) ") && screen.contains(" 0:three "));
            twins.keys("Right");
            twins.same("beta expanded", screen -> screen.contains("(2)") && screen.contains("\u2514\u2500> + 0: three*"));
            twins.keys("t");
            twins.same("beta tagged", screen -> screen.contains("beta*"));
            twins.keys("Up", "C-t");
            twins.sameText("every session tagged", screen -> screen.contains("alpha*") && screen.contains("beta*"));
            twins.keys("T", "r");
            twins.same("reversed", screen -> screen.contains("(0) - beta") && screen.contains("sort: index, reversed"));
            twins.keys("q");
            Poll.until("the tree left", () -> mux.mux("display-message", "-p", "-t", "alpha", "#{pane_in_mode}").ok().out().strip(),
                    "0"::equals);
            twins.muxTerminal.waitForPrompt();
        }
    }

    @Test
    void prefixWChoosesWindowsAsTmuxDrawsAndTheKeysMoveAsTmuxs() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); Twins twins = new Twins(mux)) {
            twins.keys("C-b", "w");
            twins.same("the windows' tree", screen -> screen.contains("\u251c\u2500> 0: one*")
                    && screen.contains(" 0 ") && screen.contains("sort: index"));
            twins.keys("Down", "Down", "Down");
            twins.same("beta's window with its panes", screen -> screen.contains(" 0 ") && screen.contains(" 1 "));
            twins.keys("Right");
            twins.same("the panes of beta's window", screen -> screen.contains("(5)"));
            twins.keys("O");
            twins.same("sorted by name", screen -> screen.contains("sort: name"));
            twins.keys("v");
            twins.same("no preview", screen -> !screen.contains("sort: name"));
            twins.keys("M--");
            twins.same("all collapsed", screen -> screen.contains("(1) + beta") && !screen.contains("(2)"));
            twins.keys("G", "Escape");
            twins.same("the tree left", screen -> !screen.contains("(0)"));
        }
    }

    @Test
    void enterRunsTheTemplateForTheChosenItem() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux terminal = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "alpha"))) {
            terminal.waitForPrompt();
            mux.mux("new-window", "-d", "-t", "alpha").ok();
            mux.mux("choose-tree", "-w", "-t", "alpha", "rename-window -t '%%' chosen").ok();
            terminal.waitForScreen("the tree", screen -> screen.contains("(2)"));
            terminal.sendKeys("2");
            Poll.until("window 1 renamed", () -> mux.mux("list-windows", "-t", "alpha", "-F", "#{window_index}:#{window_name}")
                    .ok().out(), out -> out.contains("1:chosen"));
            assertEquals("0", mux.mux("display-message", "-p", "-t", "alpha", "#{pane_in_mode}").ok().out().strip());

            mux.mux("choose-tree", "-s", "-f", "#{window_active}", "-t", "alpha").ok();
            terminal.waitForScreen("a filtered tree", screen -> screen.contains("(filter: active)"));
            terminal.sendKeys("x");
            terminal.waitForScreen("the question", screen -> screen.contains("Kill session alpha?"));
            terminal.sendKeys("n");
            terminal.waitForScreen("no question", screen -> !screen.contains("Kill session alpha?"));
            assertTrue(mux.mux("has-session", "-t", "alpha").ok().out().isEmpty());
        }
    }

    @Test
    void prefixEqualsChoosesABufferToPasteOrDelete() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux terminal = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "alpha"))) {
            terminal.waitForPrompt();
            mux.mux("set-buffer", "-b", "first", "echo one''pasted").ok();
            mux.mux("set-buffer", "-b", "second", "echo two''pasted").ok();
            terminal.sendKeys("C-b", "=");
            terminal.waitForScreen("the buffers", screen -> screen.contains("(0) second: ") && screen.contains("(1) first: ")
                    && screen.contains("\u250c second (sort: time) "));
            terminal.sendKeys("d");
            terminal.waitForScreen("second deleted", screen -> screen.contains("(0) first: "));
            assertTrue(mux.mux("list-buffers").ok().out().startsWith("first: "));
            terminal.sendKeys("Enter");
            terminal.waitForScreen("the buffer pasted", screen -> screen.contains("echo one''pasted"));
            terminal.sendKeys("Enter");
            terminal.waitForLine("onepasted");
            terminal.sendKeys("C-b", "=");
            terminal.waitForScreen("the buffers", screen -> screen.contains("(0) first: "));
            terminal.sendKeys("d");
            Poll.until("the mode left with the last buffer", () -> mux.mux("display-message", "-p", "-t", "alpha",
                    "#{pane_in_mode}").ok().out().strip(), "0"::equals);
        }
    }

    @Test
    void prefixCShowsOptionsAndKeysAndChangesAnOptionThroughThePrompt() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux terminal = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "alpha"))) {
            terminal.waitForPrompt();
            terminal.sendKeys("C-b", "C");
            terminal.waitForScreen("the headings", screen -> screen.contains("(0) + Server Options")
                    && screen.contains("(1) + Session Options") && screen.contains("(2) + Window & Pane Options")
                    && screen.contains("+ Key Table - prefix"));
            assertEquals("options-mode", mux.mux("display-message", "-p", "-t", "alpha", "#{pane_mode}").ok().out().strip());
            terminal.sendKeys("1");
            terminal.waitForScreen("the session options", screen -> screen.contains("- Session Options")
                    && screen.contains("base-index: 0"));
            terminal.sendKeys("/");
            terminal.sendKeys("-l", "base-index");
            terminal.sendKeys("Enter");
            terminal.waitForScreen("base-index's preview", screen -> screen.contains("This is a session option.")
                    && screen.contains("Option value: 0"));
            terminal.sendKeys("Enter");
            terminal.waitForScreen("the prompt", screen -> screen.contains("(base-index) 0"));
            terminal.sendKeys("C-u");
            terminal.sendKeys("-l", "1");
            terminal.sendKeys("Enter");
            Poll.until("base-index set", () -> mux.mux("show-options", "-g", "base-index").ok().out(), "base-index 1\n"::equals);
            terminal.waitForScreen("the new value", screen -> screen.contains("Option value: 1"));
            terminal.sendKeys("d");
            Poll.until("base-index back to its default", () -> mux.mux("show-options", "-g", "base-index").ok().out(),
                    "base-index 0\n"::equals);
            terminal.sendKeys("q");
            Poll.until("the mode left", () -> mux.mux("display-message", "-p", "-t", "alpha", "#{pane_in_mode}").ok().out().strip(),
                    "0"::equals);
        }
    }
}
