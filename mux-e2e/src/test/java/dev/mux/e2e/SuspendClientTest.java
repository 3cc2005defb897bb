package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client inside a job-control shell, as a user runs it: C-b C-z gives the shell back and
 * {@code fg} brings the session back; a stopped client holds up nobody; SIGTERM detaches.
 */
class SuspendClientTest {
    /** The outer shell: bash with job control and a prompt unlike the pane's "# ". */
    private static final String OUTER_SHELL = "PS1='outer> ' bash --norc --noprofile -i";
    private static final String OUTER_PROMPT = "outer>";
    /** What a command answering at once may take here, JVM start-up included; far below any hang. */
    private static final Duration PROMPT_REPLY = Duration.ofSeconds(3);

    @TempDir
    Path scratch;

    @Test
    void controlZSuspendsTheClientAndFgBringsTheSessionBack() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); OuterTmux outer = OuterTmux.start(mux, OUTER_SHELL)) {
            attachFromTheOuterShell(mux, outer);

            outer.sendKeys("C-b", "C-z");
            String suspended = outer.waitForScreen("the outer shell's prompt after the job stopped",
                    SuspendClientTest::outerShellHasTheTerminal);
            assertTrue(suspended.contains("Stopped"), "bash reports a stopped job:\n" + suspended);
            assertFalse(Screens.hasLine(suspended, "marker"), "the session is off the screen:\n" + suspended);
            assertTrue(Processes.isStopped(clientUnder(outer).pid()), "the client is stopped, not gone");

            outer.type("fg");
            outer.waitForLine("marker");
            outer.type("echo after''resume");
            outer.waitForLine("afterresume");
            assertTrue(mux.mux("ls").ok().out().contains("(attached)"), "the client is attached again");
        }
    }

    @Test
    void aSuspendedClientHoldsUpNeitherAnotherClientNorCommands() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); OuterTmux outer = OuterTmux.start(mux, OUTER_SHELL)) {
            attachFromTheOuterShell(mux, outer);
            outer.sendKeys("C-b", "C-z");
            outer.waitForScreen("the client to stop", SuspendClientTest::outerShellHasTheTerminal);
            assertTrue(Processes.isStopped(clientUnder(outer).pid()), "the first client is stopped");

            // Another client of the same session, in a second terminal, while the pane floods it.
            outer.newWindow(mux.muxShellLine("attach", "-t", "demo"));
            outer.waitForLine("marker");
            mux.mux("send-keys", "-t", "demo", "-l", "seq 1 300000; echo flood''done").ok();
            mux.mux("send-keys", "-t", "demo", "Enter").ok();
            outer.waitForLine("flooddone");

            long start = System.nanoTime();
            Run ls = mux.mux("ls").ok();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(ls.out().startsWith("demo: "), ls.toString());
            assertTrue(took.compareTo(PROMPT_REPLY) < 0, "ls took " + took.toMillis() + " ms");
        }
    }

    @Test
    void sigtermDetachesTheClientAndTheSessionRuns() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch);
                OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"))) {
            outer.waitForPrompt();
            outer.type("echo ma''rker");
            outer.waitForLine("marker");

            mux.run(List.of("kill", "-TERM", Long.toString(clientUnder(outer).pid()))).ok();

            outer.waitForLine("[terminated]");
            outer.waitForLine("[exit status 1]");
            Run ls = mux.mux("ls").ok();
            assertTrue(ls.out().startsWith("demo: "), "the session outlives a terminated client: " + ls);
            assertFalse(ls.out().contains("(attached)"), "nobody is attached: " + ls);
        }
    }

    /** In the outer shell, starts session "demo" whose pane shows a marker. */
    private static void attachFromTheOuterShell(MuxHarness mux, OuterTmux outer) {
        outer.waitForLine(OUTER_PROMPT);
        outer.type(mux.muxShellLine("new", "-s", "demo"));
        outer.waitForScreen("the pane's prompt", screen -> Screens.hasPrompt(screen) && !screen.contains(OUTER_PROMPT));
        outer.type("echo ma''rker");
        outer.waitForLine("marker");
    }

    /** The normal screen is back, ending with the outer shell's prompt. */
    private static boolean outerShellHasTheTerminal(String screen) {
        List<String> lines = screen.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return !lines.isEmpty() && lines.get(lines.size() - 1).equals(OUTER_PROMPT);
    }

    private static ProcessHandle clientUnder(OuterTmux outer) {
        return ProcessHandle.of(outer.panePid()).orElseThrow().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("mux-client.jar"))
                .findFirst().orElseThrow(() -> new AssertionError("no mux client under the outer pane"));
    }
}
