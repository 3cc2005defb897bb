package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Focus as tmux 3.3a keeps it, with focus-events on: which pane has the focus changes as a client
 * attaches, as select-pane and select-window move it, as the client's terminal reports losing and
 * gaining the focus, and as the client detaches; pane-focus-in/out and client-focus-in/out run
 * their hooks in tmux's order, and a program that asked for focus reports (mode 1004) reads the
 * same ESC [ I and ESC [ O from tmux and from mux (one at once when it asks, then one per change).
 */
class FocusDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void focusMovesRunHooksAndReachProgramsAsInTmux() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            setUp(twins, "on");
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, attach(twins, mux, "tmux"), "tmux-terminal", 80, 20);
                    OuterTmux muxTerminal = OuterTmux.start(mux, attach(twins, mux, "mux"), "mux-terminal", 80, 20)) {
                List<OuterTmux> terminals = List.of(tmuxTerminal, muxTerminal);
                twins.sameOnce(log -> log.contains("pane-focus-in %1"), "show", "-gv", "@log");
                twins.same("select-pane", "-t", "s:one.0");
                twins.same("select-pane", "-t", "s:one.1");
                twins.same("select-window", "-t", "s:two");
                twins.same("select-window", "-t", "s:one");
                twins.same("show", "-gv", "@log");
                for (OuterTmux terminal : terminals) terminal.sendKeys("-H", "1b", "5b", "4f");
                twins.sameOnce(log -> log.contains("client-focus-out"), "show", "-gv", "@log");
                for (OuterTmux terminal : terminals) terminal.sendKeys("-H", "1b", "5b", "49");
                twins.sameOnce(log -> log.contains("client-focus-in"), "show", "-gv", "@log");
                twins.same("detach-client", "-s", "s");
                String log = twins.sameOnce(text -> text.endsWith("pane-focus-out %1|\n"), "show", "-gv", "@log").out();
                assertEquals("pane-focus-in %1|pane-focus-out %1|pane-focus-in %0|pane-focus-out %0|pane-focus-in %1|"
                        + "pane-focus-out %1|pane-focus-in %2|pane-focus-out %2|pane-focus-in %1|pane-focus-out %1|"
                        + "client-focus-out|client-focus-in|pane-focus-in %1|pane-focus-out %1|\n", log);
            }
            String tmuxRead = read(scratch.resolve("tmux-reader"));
            assertEquals(tmuxRead, read(scratch.resolve("mux-reader")), "what the program that asked for focus reports read");
            assertEquals("^[[O^[[I^[[O^[[I^[[O^[[I^[[O^[[I^[[O", tmuxRead, "tmux's reports, as this test expects them");
        }
    }

    @Test
    void withFocusEventsOffOnlyAttachAndDetachMoveTheFocusAsInTmux() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            setUp(twins, "off");
            // Attaching gives the reader's pane the focus (and its program ESC [ I) even so; select-pane
            // then moves nothing, so detaching takes it from no pane, the next attach gives it to pane 0 and
            // the next detach takes it from pane 0.
            for (int attach = 0; attach < 2; attach++) {
                try (OuterTmux tmuxTerminal = OuterTmux.start(mux, attach(twins, mux, "tmux"), "tmux-" + attach, 80, 20);
                        OuterTmux muxTerminal = OuterTmux.start(mux, attach(twins, mux, "mux"), "mux-" + attach, 80, 20)) {
                    String expected = attach == 0 ? "pane-focus-in %1|" : "pane-focus-in %1|pane-focus-in %0|";
                    twins.sameOnce(log -> log.contains(expected), "show", "-gv", "@log");
                    twins.same("select-pane", "-t", "s:one.0");
                    twins.same("detach-client", "-s", "s");
                    Poll.until("both clients gone", () -> twins.tmux("list-clients").out() + twins.mux("list-clients").out(),
                            String::isEmpty);
                }
            }
            String log = twins.sameOnce(text -> text.endsWith("pane-focus-out %0|\n"), "show", "-gv", "@log").out();
            assertEquals("pane-focus-in %1|pane-focus-in %0|pane-focus-out %0|\n", log);
            twins.same("send-keys", "-t", "s:one.1", "-l", "END");
            assertEquals("^[[IEND", readUntil(scratch.resolve("mux-reader"), "END"));
            assertEquals("^[[IEND", readUntil(scratch.resolve("tmux-reader"), "END"));
        }
    }

    @Test
    void withFocusEventsOffKillingTheActivePaneGivesItsSuccessorTheFocusAsInTmux() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            setUp(twins, "off");
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, attach(twins, mux, "tmux"), "tmux-terminal", 80, 20);
                    OuterTmux muxTerminal = OuterTmux.start(mux, attach(twins, mux, "mux"), "mux-terminal", 80, 20)) {
                twins.sameOnce(log -> log.contains("pane-focus-in %1"), "show", "-gv", "@log");
                // select-pane moves no focus with focus-events off, so pane 1 keeps it and pane 0 has none.
                twins.same("select-pane", "-t", "s:one.0");
                twins.same("split-window", "-t", "s:one.0", "-P", "-F", "#{pane_id}", "exec sleep 600");
                // The new active pane is killed: pane 0, active again, gets the focus all the same.
                twins.same("kill-pane", "-t", "s:one");
                twins.sameOnce(log -> log.contains("pane-focus-in %0"), "show", "-gv", "@log");
                // Pane 0 is killed in turn: pane 1, its successor, kept the focus, so nothing changes.
                twins.same("kill-pane", "-t", "s:one");
                twins.same("detach-client", "-s", "s");
                String log = twins.sameOnce(text -> text.endsWith("pane-focus-out %1|\n"), "show", "-gv", "@log").out();
                assertEquals("pane-focus-in %1|pane-focus-in %0|pane-focus-out %1|\n", log);
            }
            twins.same("send-keys", "-t", "s:one", "-l", "END");
            assertEquals("^[[I^[[OEND", readUntil(scratch.resolve("mux-reader"), "END"));
            assertEquals("^[[I^[[OEND", readUntil(scratch.resolve("tmux-reader"), "END"));
        }
    }

    /**
     * A session s whose window one has a pane 0 and, active, a pane 1 whose program asks for focus
     * reports and reads its terminal raw into a file of its server's name; a window two; the
     * focus hooks log to @log.
     */
    private void setUp(TwinServers twins, String focusEvents) {
        twins.same("new-session", "-d", "-s", "s", "-x", "80", "-y", "20", "-n", "one", "exec sleep 600");
        twins.same("set", "-g", "status", "off");
        twins.same("set", "-s", "focus-events", focusEvents);
        for (String hook : List.of("pane-focus-in", "pane-focus-out")) {
            twins.same("set-hook", "-g", hook, "set -gaF @log '#{hook} #{hook_pane}|'");
        }
        for (String hook : List.of("client-focus-in", "client-focus-out")) {
            twins.same("set-hook", "-g", hook, "set -gaF @log '#{hook}|'");
        }
        for (String server : List.of("tmux", "mux")) {
            String file = Shell.quote(scratch.resolve(server + "-reader").toString());
            String program = "stty raw -echo; printf '\\033[?1004h'; printf ready; exec cat > " + file;
            Run split = server.equals("tmux") ? twins.tmux("split-window", "-t", "s:one", program)
                    : twins.mux("split-window", "-t", "s:one", program);
            assertEquals(0, split.status(), split.err());
        }
        twins.same("new-window", "-d", "-n", "two", "exec sleep 600");
        twins.sameOnce(screen -> screen.contains("ready"), "capture-pane", "-p", "-t", "s:one.1");
    }

    private String attach(TwinServers twins, MuxHarness mux, String server) {
        return server.equals("tmux")
                ? Shell.line(List.of("env", "-u", "TMUX", "TERM=xterm-256color", "tmux", "-S",
                        scratch.resolve("tmux.sock").toString(), "attach", "-t", "s"))
                : "env TERM=xterm-256color " + mux.muxShellLine("attach", "-t", "s");
    }

    @Test
    void pasteBufferDashPBracketsThePasteOnlyForAProgramThatAskedAsInTmux() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-x", "80", "-y", "20", "-n", "asks", "exec sleep 600");
            twins.same("new-window", "-d", "-n", "plain", "exec sleep 600");
            for (String window : List.of("asks", "plain")) {
                for (String server : List.of("tmux", "mux")) {
                    String file = Shell.quote(scratch.resolve(server + "-" + window).toString());
                    String program = "stty raw -echo; " + (window.equals("asks") ? "printf '\033[?2004h'; " : "")
                            + "printf ready; exec cat > " + file;
                    Run respawned = server.equals("tmux") ? twins.tmux("respawn-pane", "-k", "-t", "s:" + window, program)
                            : twins.mux("respawn-pane", "-k", "-t", "s:" + window, program);
                    assertEquals(0, respawned.status(), respawned.err());
                }
                twins.sameOnce(screen -> screen.contains("ready"), "capture-pane", "-p", "-t", "s:" + window);
            }
            twins.same("set-buffer", "line one\nline two");
            for (String window : List.of("asks", "plain")) {
                twins.same("paste-buffer", "-p", "-t", "s:" + window);
                twins.same("send-keys", "-t", "s:" + window, "-l", "END");
                String tmuxRead = readUntil(scratch.resolve("tmux-" + window), "END");
                assertEquals(tmuxRead, readUntil(scratch.resolve("mux-" + window), "END"), "the paste in " + window);
                assertEquals(window.equals("asks") ? "^[[200~line one\rline two^[[201~END" : "line one\rline twoEND", tmuxRead);
            }
        }
    }

    private static String readUntil(Path file, String end) {
        return Poll.until("the paste in " + file.getFileName(), () -> {
            try {
                return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1).replace("\033", "^[") : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, text -> text.endsWith(end));
    }

    /** The reader's file with ESC shown as ^[; the last report is read once it is there. */
    private static String read(Path file) {
        return Poll.until("the reports in " + file.getFileName(), () -> {
            try {
                return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1).replace("\033", "^[") : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, text -> text.split("\\^\\[").length > 9);
    }
}
