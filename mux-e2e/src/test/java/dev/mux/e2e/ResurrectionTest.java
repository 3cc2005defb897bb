package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.platform.proc.ProcFs;
import dev.mux.protocol.SnapshotPaths;
import dev.mux.protocol.SocketPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost, without systemd: a server killed with SIGKILL after its output settled comes back
 * when a client attaches, with the same sessions, ids, layouts, directories, buffers, options and
 * scrollback; a SIGTERM leaves a final snapshot that says why; kill-server leaves nothing; a file
 * that is no snapshot is refused and kept aside while the server starts as usual.
 */
class ResurrectionTest {
    /** The debounce (2 s after output settles) plus a generous margin for a loaded machine. */
    private static final Duration SNAPSHOT_DEADLINE = Duration.ofSeconds(12);

    @TempDir
    Path scratch;

    @Test
    void killedServerComesBackOnAttachAsItWas() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            ResurrectionScenario scenario = new ResurrectionScenario(args -> muxOut(mux, args), scratch.resolve("dirs").toString());
            mux.run(List.of("sh", "-c", scenario.setupScript(mux.muxShellLine()))).ok();
            Poll.until("every pane to finish printing", scenario::outputDone, done -> done);
            Path snapshot = snapshotFile(mux);
            Poll.until("the snapshot to hold every pane's last output", SNAPSHOT_DEADLINE, () -> read(snapshot),
                    ResurrectionScenario::snapshotHoldsEverything);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(snapshot)));
            ResurrectionScenario.State before = scenario.record();

            killServerHard(mux);
            assertFalse(mux.mux("ls").status() == 0, "no server answers after SIGKILL");

            try (OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("attach", "-t", "work"))) {
                outer.waitForScreen("the restored pane's notice", screen -> screen.contains("[mux: ended after"));
                ResurrectionScenario.State after = scenario.record();
                ResurrectionScenario.assertRestored(before, after, ResurrectionScenario.CRASH_NOTICE);
                String listing = mux.mux("ls").ok().out();
                assertTrue(listing.contains("work: 2 windows") && listing.contains("(attached) (resurrected)"), listing);

                String offered = mux.capture("work:1");
                assertTrue(offered.contains("mux: this pane ran: sleep 1000"), offered);
                assertEquals("sh\n", mux.mux("display", "-p", "-t", "work:1", "#{pane_current_command}").ok().out());
                mux.mux("send-keys", "-t", "work:1", "Enter").ok();
                Poll.until("the offered command to run on Enter",
                        () -> mux.mux("display", "-p", "-t", "work:1", "#{pane_current_command}").ok().out(),
                        out -> out.equals("sleep\n"));
            }
        }
    }

    @Test
    void sigtermLeavesAFinalSnapshotThatSaysWhyAndAskWaitsForResurrect() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "kept", "-x", "80", "-y", "24").ok();
            mux.mux("send-keys", "-t", "kept", "echo before-the-signal", "Enter").ok();
            Poll.until("the echo", () -> mux.capture("kept"), screen -> screen.contains("before-the-signal\n"));
            ProcessHandle server = serverProcess(mux);
            server.destroy();
            Poll.until("the server to end", () -> Processes.isGone(server.pid()), gone -> gone);
            Path snapshot = snapshotFile(mux);
            assertTrue(Files.isRegularFile(snapshot), "a final snapshot stays after SIGTERM");

            Path config = scratch.resolve("ask.conf");
            Files.writeString(config, "set -g resurrect ask\n");
            Run first = mux.mux("-f", config.toString(), "new", "-d", "-s", "other").ok();
            assertTrue(first.err().contains("snapshot of 1 sessions (kept)")
                    && first.err().contains("(run mux resurrect to bring it back)"), "ask tells the first client: " + first);
            assertEquals("other\n", mux.mux("ls", "-F", "#S").ok().out(), "ask restores nothing by itself");
            String pending = mux.mux("resurrect", "-l").ok().out();
            assertTrue(pending.contains("snapshot of 1 sessions (kept)") && pending.contains("stopped by SIGTERM"), pending);
            assertEquals("resurrected 1 sessions: kept\n", mux.mux("resurrect").ok().out());
            String screen = mux.capture("kept");
            assertTrue(screen.contains("before-the-signal\n"), screen);
            assertTrue(screen.contains(": the server was stopped by SIGTERM]"), screen);
            Run again = mux.mux("resurrect");
            assertEquals(1, again.status());
            assertEquals("no snapshot to resurrect\n", again.err());
            assertTrue(mux.mux("ls").ok().out().contains("kept: 1 windows"));

            mux.mux("kill-server").ok();
            Poll.until("the server to exit", () -> mux.mux("ls").status(), status -> status != 0);
            assertFalse(Files.exists(snapshotFile(mux)), "kill-server leaves no snapshot: nothing was lost");
        }
    }

    @Test
    void aFileThatIsNoSnapshotIsRefusedAndKeptAside() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            Path snapshot = snapshotFile(mux);
            Files.createDirectories(snapshot.getParent());
            Files.writeString(snapshot, "this is not a snapshot\n");
            Run first = mux.mux("new", "-d", "-s", "fresh").ok();
            assertEquals("fresh\n", mux.mux("ls", "-F", "#S").ok().out());
            Path aside;
            try (Stream<Path> files = Files.list(snapshot.getParent())) {
                aside = files.filter(f -> f.getFileName().toString().contains(".refused-")).findFirst().orElseThrow();
            }
            assertEquals("this is not a snapshot\n", Files.readString(aside));
            Path log = snapshot.resolveSibling("server-" + mux.socket().getFileName() + ".log");
            String logText = Poll.until("the refusal in the log", () -> new String(read(log), StandardCharsets.UTF_8),
                    text -> text.contains("refused"));
            assertTrue(logText.contains("not a mux snapshot: refused, kept as " + aside), logText);
            assertTrue(first.err().contains("mux: not a mux snapshot: refused, kept as " + aside), "the first client is told: " + first);
        }
    }

    /**
     * A window linked into several sessions comes back linked into all of them, its programs
     * started once, and a session group comes back grouped.
     */
    @Test
    void linkedWindowsAndGroupsComeBackLinkedAndGrouped() throws Exception {
        String places = "#{session_name}:#{window_index} #{window_name} #{window_flags} n=#{window_linked_sessions}"
                + " group=#{session_group} panes=#{window_panes}";
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "a", "-x", "80", "-y", "24", "-n", "shared").ok();
            mux.mux("new-window", "-d", "-t", "a:1", "-n", "solo").ok();
            mux.mux("new", "-d", "-s", "b", "-x", "80", "-y", "24", "-n", "own").ok();
            mux.mux("link-window", "-d", "-s", "a:0", "-t", "b:4").ok();
            mux.mux("new", "-d", "-s", "g", "-t", "a").ok();
            mux.mux("select-window", "-t", "g:1").ok();
            String before = mux.mux("list-windows", "-a", "-F", places).ok().out();
            List<String> pidsBefore = pids(mux);
            assertEquals(3, pidsBefore.stream().distinct().count(), String.join(",", pidsBefore));
            ProcessHandle server = serverProcess(mux);
            server.destroy();
            Poll.until("the server to end", () -> Processes.isGone(server.pid()), gone -> gone);

            Path config = scratch.resolve("ask.conf");
            Files.writeString(config, "set -g resurrect ask\n");
            mux.mux("-f", config.toString(), "new", "-d", "-s", "other").ok();
            assertEquals("resurrected 3 sessions: a, b, g\n", mux.mux("resurrect").ok().out());
            String after = mux.mux("list-windows", "-a", "-F", places).ok().out();
            assertEquals(before, after.lines().filter(line -> !line.startsWith("other:")).map(line -> line + "\n")
                    .collect(Collectors.joining()));
            List<String> pidsAfter = pids(mux);
            assertEquals(pidsBefore.size(), pidsAfter.size());
            assertEquals(3, pidsAfter.stream().distinct().count(), String.join(",", pidsAfter));
        }
    }

    /** The pids of every pane of every session but "other", once for each place of its window. */
    private static List<String> pids(MuxHarness mux) {
        return mux.mux("list-panes", "-a", "-F", "#{session_name} #{pane_pid}").ok().out().lines()
                .filter(line -> !line.startsWith("other ")).map(line -> line.substring(line.indexOf(' ') + 1)).toList();
    }

    private static String muxOut(MuxHarness mux, String args) {
        return mux.run(List.of("sh", "-c", mux.muxShellLine() + " " + args)).ok().out();
    }

    static Path snapshotFile(MuxHarness mux) throws IOException {
        return SnapshotPaths.file(mux.env(), mux.socket(), SocketPaths.directory(mux.env(), new ProcFs().currentUid()));
    }

    private static ProcessHandle serverProcess(MuxHarness mux) {
        return Processes.withArgument(mux.socket().toString()).stream()
                .filter(p -> p.info().commandLine().orElse("").contains("ServerMain")).findFirst().orElseThrow();
    }

    private static void killServerHard(MuxHarness mux) {
        Processes.killHard(serverProcess(mux));
    }

    private static byte[] read(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
