package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client attached inside a real terminal (an outer tmux), as a user runs it. */
class AttachTest {
    private static final String DETACHED = "[detached (from session demo)]";
    /** The status line takes the terminal's last row, as in tmux. */
    private static final int PANE_ROWS = OuterTmux.ROWS - 1;

    @TempDir
    Path scratch;

    @Test
    void attachTypeDetachReattach() throws Exception {
        // The pane's first command sees the size the pty was created with: it must already be the
        // client's terminal size, not a default corrected later by a resize.
        String firstSizeThenShell = "stty size; exec /bin/sh";
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo", firstSizeThenShell))) {
            outer.waitForLine(PANE_ROWS + " " + OuterTmux.COLUMNS);
            outer.waitForPrompt();
            outer.type("echo ma''rker");
            outer.waitForLine("marker");

            outer.sendKeys("C-b", "d");
            outer.waitForLine(DETACHED);
            outer.waitForLine("[exit status 0]");
            assertTrue(mux.mux("ls").ok().out().startsWith("demo: "), "the session outlives its client");

            outer.newWindow(mux.muxShellLine("attach", "-t", "demo"));
            outer.waitForLine("marker");
        }
    }

    @Test
    void aTerminalThatCannotEnterRawModeIsRefusedNotAttachedInCookedMode() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, "TERM=dumb " + mux.muxShellLine("new", "-s", "demo"))) {
            outer.waitForLine("open terminal failed: TERM=dumb is a dumb terminal, which cannot show a session");
            outer.waitForLine("[exit status 1]");
            assertTrue(mux.mux("has-session", "-t", "demo").status() != 0, "no session made for a refused terminal");
        }
    }

    @Test
    void killedClientLeavesSessionRunning() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"))) {
            outer.waitForPrompt();
            outer.type("echo ma''rker");
            outer.waitForLine("marker");

            ProcessHandle client = ProcessHandle.of(outer.panePid()).orElseThrow().children()
                    .filter(p -> p.info().commandLine().orElse("").contains("mux-client.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no mux client under the outer pane"));
            Processes.killHard(client);

            assertTrue(mux.mux("ls").ok().out().startsWith("demo: "), "the session outlives a killed client");
            assertTrue(Screens.hasLine(mux.capture("demo"), "marker"), "the pane keeps its output");
        }
    }

    @Test
    void exitingTheShellEndsTheClientWithExited() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"))) {
            outer.waitForPrompt();
            outer.type("exit");
            outer.waitForLine("[exited]");
            outer.waitForLine("[exit status 0]");
        }
    }

    @Test
    void aHangupOfTheClientsTerminalDetachesQuietlyAndTheSessionRuns() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"))) {
            outer.waitForPrompt();
            outer.type("echo ma''rker");
            outer.waitForLine("marker");
            ProcessHandle client = clientUnder(outer);
            // Killing the outer pane closes the client's terminal: the kernel sends it SIGHUP.
            outer.killPane();
            Poll.until("the client to exit on the hangup", () -> client.isAlive(), alive -> !alive);
            assertTrue(mux.mux("ls").ok().out().startsWith("demo: "), "the session outlives the hung-up client");
            assertTrue(Screens.hasLine(mux.capture("demo"), "marker"), "the pane keeps its output");
        }
    }

    @Test
    void theTerminalIsBackInCookedModeAfterTheClientExits() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux,
                        mux.muxShellLine("new", "-s", "demo") + "; stty -a | grep -o -- '-*icanon' | sed 's/^/mode: /'")) {
            outer.waitForPrompt();
            outer.sendKeys("C-b", "d");
            String screen = outer.waitForScreen("the mode after detaching", s -> s.contains("mode: "));
            assertTrue(Screens.hasLine(screen, "mode: icanon"), "canonical mode restored:\n" + screen);
            assertTrue(Screens.hasLine(screen, "[detached (from session demo)]"), screen);
        }
    }

    /**
     * As tmux's server does, ours reads the keys from the client's terminal and draws on it itself:
     * a client that is stopped (and so relays nothing) does not stop the session from answering.
     */
    @Test
    void theServerReadsAndDrawsOnTheClientsTerminalItself() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"))) {
            outer.waitForPrompt();
            ProcessHandle client = clientUnder(outer);
            signal("STOP", client);
            try {
                Poll.until("the client to stop", () -> Processes.isStopped(client.pid()), stopped -> stopped);
                outer.type("echo ma''rker");
                outer.waitForLine("marker");
            } finally {
                signal("CONT", client);
            }
            outer.sendKeys("C-b", "d");
            outer.waitForLine(DETACHED);
        }
    }

    /**
     * Where the server cannot use the client's terminal (here its output goes there by another name
     * than its input, so the client does not offer it), keys and frames cross the client's socket.
     */
    @Test
    void aClientWhoseTerminalTheServerCannotUseRelaysKeysAndFrames() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo") + " >/dev/tty")) {
            outer.waitForPrompt();
            outer.type("echo ma''rker");
            outer.waitForLine("marker");
            outer.sendKeys("C-b", "d");
            outer.waitForLine(DETACHED);
        }
    }

    private static void signal(String name, ProcessHandle process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
        assertTrue(kill.waitFor() == 0, "kill -" + name + " " + process.pid());
    }

    private static ProcessHandle clientUnder(OuterTmux outer) {
        return ProcessHandle.of(outer.panePid()).orElseThrow().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("mux-client.jar"))
                .findFirst().orElseThrow(() -> new AssertionError("no mux client under the outer pane"));
    }
}
