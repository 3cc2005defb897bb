package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control clients beside others: pane output and subscriptions as tmux 3.3a sends them, a control
 * client and an attached one working on one session, and a control client that stops reading,
 * which never holds the server up.
 */
class ControlClientsTest {
    private static final Duration EXIT = Duration.ofSeconds(15);

    @TempDir
    Path scratch;

    @Test
    void paneOutputIsEscapedAsTmuxEscapesIt() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            String printf = "send-keys -t %0 \"printf 'a\\\\\\\\b\\\\001c\\\\033[1m\u00e9\\\\n'\" Enter";
            String tmux = output(harness, tmuxControl(harness), printf);
            String mux = output(harness, harness.muxCommand("-C", "new-session", "-x", "80", "-y", "24"), printf);
            assertTrue(mux.contains("a\\134b\\001c\\033[1m\u00e9\\015\\012"), mux);
            assertEquals(tmux, mux);
        }
    }

    /** The pane's output joined, up to the prompt after the command's result. */
    private String output(MuxHarness harness, List<String> command, String line) throws Exception {
        try (ControlStream client = ControlStream.start(command, harness.env(), harness.scratch())) {
            client.awaitBlocks(1);
            client.await("the first prompt", text -> text.startsWith("%output %0 "));
            client.command(line);
            Predicate<String> done = joined -> joined.matches("(?s).*\u00e9\\\\015\\\\012[#$] $");
            Poll.until("the result and a prompt", () -> joined(client.lines(), "%0"), done);
            client.send("");
            assertTrue(client.waitForExit(EXIT));
            return joined(client.lines(), "%0");
        }
    }

    private static String joined(List<String> lines, String pane) {
        String head = "%output " + pane + " ";
        return lines.stream().filter(l -> l.startsWith(head)).map(l -> l.substring(head.length()))
                .collect(Collectors.joining());
    }

    @Test
    void subscriptionsReportTheirFormatsAsTmuxDoes() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            List<String> tmux = subscriptions(harness, tmuxControl(harness));
            List<String> mux = subscriptions(harness, harness.muxCommand("-C", "new-session", "-x", "80", "-y", "24"));
            assertEquals(tmux, mux);
        }
    }

    private List<String> subscriptions(MuxHarness harness, List<String> command) throws Exception {
        try (ControlStream client = ControlStream.start(command, harness.env(), harness.scratch())) {
            client.awaitBlocks(1);
            client.command("refresh-client -B 'w:@*:#{window_index}' -B 'p:%0:#{pane_id}' -B 's::#{session_name}'");
            client.await("three subscriptions", line -> line.startsWith("%subscription-changed w "));
            client.await("three subscriptions", line -> line.startsWith("%subscription-changed s "));
            client.await("three subscriptions", line -> line.startsWith("%subscription-changed p "));
            client.command("rename-session renamed");
            client.await("the renamed session", line -> line.endsWith(": renamed"));
            client.command("refresh-client -B s -A %0:off");
            client.send("");
            assertTrue(client.waitForExit(EXIT));
            return client.lines().stream().filter(l -> l.startsWith("%subscription-changed")).sorted().toList();
        }
    }

    @Test
    void aControlClientAndAnAttachedOneShareASession() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch);
             ControlStream control = ControlStream.start(
                     harness.muxCommand("-C", "new-session", "-s", "shared", "-x", "80", "-y", "24"),
                     harness.env(), harness.scratch())) {
            control.awaitBlocks(1);
            try (OuterTmux outer = OuterTmux.start(harness, harness.muxShellLine("attach", "-t", "shared"))) {
                sharedWith(control, outer);
            }
        }
    }

    /** The attached client and the control client each see what the other does. */
    private static void sharedWith(ControlStream control, OuterTmux outer) throws Exception {
        outer.waitForPrompt();
        String tty = control.await("the attached client", l -> l.startsWith("%client-session-changed "))
                .stream().filter(l -> l.startsWith("%client-session-changed ")).findFirst().orElseThrow()
                .split(" ")[1];
        assertTrue(tty.startsWith("/dev/pts/"), tty);
        assertTrue(control.lines().contains("%client-session-changed " + tty + " $0 shared"), control.lines().toString());

        // The attached client's keys make a window: the control client hears of it.
        outer.sendKeys("C-b", "c");
        control.await("the new window", "%window-add @1"::equals);
        assertTrue(control.lines().contains("%session-window-changed $0 @1"));
        // Keys typed before the new shell's prompt would be echoed before it, on the prompt's line.
        control.await("the new shell's prompt", l -> l.startsWith("%output %1 "));

        // The control client's command types in the pane the attached client shows.
        control.command("send-keys -t %1 'echo from-control' Enter");
        outer.waitForLine("from-control");
        control.await("the pane's output", l -> l.startsWith("%output %1 ") && l.contains("from-control\\015"));

        // The control client sets flags on the attached client by its name (refresh-client -t).
        control.command("refresh-client -t " + tty.substring("/dev/".length()) + " -f active-pane");
        control.command("list-clients -F '#{client_name} #{client_flags}'");
        assertTrue(control.lines().contains(tty + " attached,focused,active-pane,UTF-8"), control.lines().toString());

        // Garbage from the control client gets error blocks; the attached client goes on.
        int ended = control.blocksEnded();
        control.send("\"unterminated\n\u0001\u00ff binary\n" + "x".repeat(200_000) + "\nno-such-command a b\n;");
        control.awaitBlocks(ended + 5);
        assertEquals(5, control.lines().stream().filter(l -> l.startsWith("%error ")).count(), control.lines().toString());
        outer.sendKeys("echo after-garbage", "Enter");
        outer.waitForLine("after-garbage");

        // The attached client detaches: the control client is told, and stays.
        outer.sendKeys("C-b", "d");
        control.await("the detach", ("%client-detached " + tty)::equals);
        control.command("display-message -p still-here");
        assertTrue(control.lines().contains("still-here"));
        assertEquals(0, control.endInput(EXIT));
        assertEquals("%exit", control.lines().get(control.lines().size() - 1));
    }

    @Test
    void aControlClientThatStopsReadingHoldsNothingUpAndIsDroppedTooFarBehind() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch);
             ControlStream stuck = ControlStream.start(
                     harness.muxCommand("-C", "new-session", "-s", "flood", "-x", "80", "-y", "24"),
                     harness.env(), harness.scratch())) {
            stuck.awaitBlocks(1);
            stuck.command("list-sessions");
            stuck.holdReading();
            harness.mux("send-keys", "-t", "flood", "yes | head -c 12000000; echo flood-done", "Enter").ok();
            // The server answers others all along, and the pane's output is all read.
            Poll.until("the flood to end", Duration.ofSeconds(120),
                    () -> harness.mux("capture-pane", "-p", "-t", "flood").ok().out(),
                    screen -> screen.contains("\nflood-done"));
            Poll.until("the control client dropped", () -> harness.mux("list-clients").ok().out(), String::isEmpty);
            stuck.resumeReading();
            assertTrue(stuck.waitForExit(EXIT), "the client exits");
            List<String> lines = stuck.lines();
            assertEquals("%exit too far behind", lines.get(lines.size() - 1));
            assertEquals(0, harness.mux("has-session", "-t", "flood").status(), "the session lives on");
        }
    }

    @Test
    void garbageLinesEachGetAnErrorBlockAndTheClientGoesOn() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch);
             ControlStream client = ControlStream.start(
                     harness.muxCommand("-C", "new-session", "-x", "80", "-y", "24"), harness.env(), harness.scratch())) {
            client.awaitBlocks(1);
            java.util.Random random = new java.util.Random(19);
            int lines = 200;
            StringBuilder garbage = new StringBuilder();
            for (int i = 0; i < lines; i++) {
                // A control character first: no line can name a command by chance.
                garbage.append('\u0001');
                int length = 1 + random.nextInt(300);
                for (int j = 0; j < length; j++) {
                    char c = (char) random.nextInt(0x800);
                    garbage.append(c == '\n' || Character.isSurrogate(c) ? 'x' : c);
                }
                garbage.append('\n');
            }
            // send() ends the last line.
            client.send(garbage.substring(0, garbage.length() - 1));
            client.awaitBlocks(1 + lines);
            client.command("display-message -p alive");
            List<String> seen = client.lines();
            assertEquals("alive", seen.get(seen.size() - 2));
            assertEquals(lines, seen.stream().filter(l -> l.startsWith("%error ")).count());
        }
    }

    @Test
    void pauseAfterPausesAPaneWhoseOutputWaitsAndContinueResumesIt() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch);
             ControlStream client = ControlStream.start(
                     harness.muxCommand("-C", "new-session", "-s", "slow", "-x", "80", "-y", "24"),
                     harness.env(), harness.scratch())) {
            client.awaitBlocks(1);
            client.command("refresh-client -f pause-after=1");
            int flagged = client.lines().size();
            client.holdReading();
            harness.mux("send-keys", "-t", "slow", "yes | head -c 4000000; while :; do echo tick; sleep 0.2; done", "Enter").ok();
            // Ticks go on while the client reads nothing: ten of them are two seconds of output waiting.
            Poll.until("two seconds of ticks", Duration.ofSeconds(60),
                    () -> harness.mux("capture-pane", "-p", "-t", "slow").ok().out(),
                    screen -> screen.split("\ntick", -1).length > 10);
            client.resumeReading();
            client.await("a paused pane", "%pause %0"::equals);
            List<String> lines = client.lines().subList(flagged, client.lines().size());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("%extended-output %0 ")), "output is extended");
            assertFalse(lines.stream().anyMatch(l -> l.startsWith("%output ")), "no plain output under pause-after");
            client.command("refresh-client -A %0:continue");
            client.await("the pane continued", "%continue %0"::equals);
            int continued = client.lines().indexOf("%continue %0");
            client.await("output after continue", l -> l.startsWith("%extended-output %0 ")
                    && client.lines().lastIndexOf(l) > continued);
            harness.mux("send-keys", "-t", "slow", "C-c", "").ok();
        }
    }

    @Test
    void doubleControlWrapsTheStreamForATerminalThatDoesNotEcho() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.tmux("new-session", "-d", "-s", "cc", "-x", "80", "-y", "24").ok();
            harness.mux("new-session", "-d", "-s", "cc", "-x", "80", "-y", "24").ok();
            List<String> tmux = onTerminal(harness, Shell.line(List.of("tmux", "-S",
                    harness.scratch().resolve("tmux.sock").toString(), "-f", "/dev/null", "-CC", "attach", "-t", "cc")));
            List<String> mux = onTerminal(harness, harness.muxShellLine("-CC", "attach", "-t", "cc"));
            assertEquals(tmux, mux);
            assertEquals("\033P1000p%begin 0\r", mux.get(0));
            assertEquals(List.of("%exit\r", "\033\\"), mux.subList(mux.size() - 2, mux.size()));
        }
    }

    /** The -CC client on a terminal of its own (script(1)); a line typed is not echoed. */
    private List<String> onTerminal(MuxHarness harness, String shellLine) throws Exception {
        List<String> command = List.of("script", "-qfec", shellLine, "/dev/null");
        try (ControlStream client = ControlStream.start(command, harness.env(), harness.scratch())) {
            client.await("the first block", line -> line.startsWith("%end "));
            client.command("display-message -p typed");
            client.send("");
            assertTrue(client.waitForExit(EXIT));
            return ControlModeTest.normal(client.lines());
        }
    }

    private static List<String> tmuxControl(MuxHarness harness) {
        return List.of("tmux", "-S", harness.scratch().resolve("tmux.sock").toString(), "-f", "/dev/null",
                "-C", "new-session", "-x", "80", "-y", "24");
    }
}
