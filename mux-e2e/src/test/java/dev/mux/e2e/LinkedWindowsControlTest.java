package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a control client hears of linked windows and session groups, as tmux 3.3a tells it: a window
 * linked into or out of its session is %window-add / %window-close, one elsewhere the %unlinked-
 * forms, and a group's members copying each other's windows tell each window again.
 */
class LinkedWindowsControlTest {
    private static final Duration EXIT = Duration.ofSeconds(15);
    /**
     * The lines compared: what windows joined or left which session, current windows, and sessions
     * made or closed (a group's new member after the group's windows), not renames, which
     * automatic-rename makes at its own time on each server.
     */
    private static final List<String> WATCHED = List.of("%window-add", "%window-close", "%unlinked-window-add",
            "%unlinked-window-close", "%session-window-changed", "%sessions-changed");
    private static final List<String> COMMANDS = List.of(
            "new-window -d -n w1 'sleep 600'",
            "new-session -d -s other -x 80 -y 24 'sleep 600'",
            "link-window -d -s other:0 -t ctl:5",
            "link-window -d -s ctl:1 -t other:7",
            "unlink-window -t other:7",
            "unlink-window -t ctl:5",
            "new-session -d -s grp -t ctl",
            "new-window -d -t grp:3 -n w3 'sleep 600'",
            "kill-window -t ctl:3",
            "select-window -t grp:1",
            "kill-session -t grp",
            "kill-session -t other");

    @TempDir
    Path scratch;

    @Test
    void linksUnlinksAndGroupsAreToldAsTmuxTellsThem() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            List<String> start = List.of("-C", "new-session", "-s", "ctl", "-x", "80", "-y", "24", "sleep 600");
            List<String> tmuxCommand = new ArrayList<>(List.of("tmux", "-S",
                    harness.scratch().resolve("tmux.sock").toString(), "-f", "/dev/null"));
            tmuxCommand.addAll(start);
            List<String> tmux = told(harness, tmuxCommand);
            List<String> mux = told(harness, harness.muxCommand(start.toArray(String[]::new)));
            assertTrue(tmux.contains("%unlinked-window-add @2"), tmux.toString());
            assertEquals(tmux, mux);
        }
    }

    private static List<String> told(MuxHarness harness, List<String> command) throws Exception {
        try (ControlStream client = ControlStream.start(command, harness.env(), harness.scratch())) {
            client.awaitBlocks(1);
            for (String line : COMMANDS) client.command(line);
            client.send("");
            assertTrue(client.waitForExit(EXIT));
            return client.lines().stream().filter(line -> WATCHED.stream().anyMatch(line::startsWith)).toList();
        }
    }

    /**
     * A control client attached to a session a window is linked into hears that window's output,
     * and its subscriptions report each window at its index in that session, as tmux's do.
     */
    @Test
    void aControlClientSeesLinkedWindowsAtTheirPlacesInItsSession() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "80", "-y", "24", "-n", "first", "sleep 3600");
            twins.same("new-window", "-d", "-t", "a:2", "-n", "shared", "cat");
            twins.same("new-session", "-d", "-s", "b", "-x", "80", "-y", "24", "-n", "own", "sleep 3600");
            twins.same("link-window", "-d", "-s", "a:2", "-t", "b:4");
            List<String> tmuxCommand = new ArrayList<>(List.of("tmux", "-S",
                    harness.scratch().resolve("tmux.sock").toString(), "-f", "/dev/null"));
            List<String> muxCommand = harness.muxCommand();
            List<List<String>> seen = new ArrayList<>();
            for (List<String> program : List.of(tmuxCommand, muxCommand)) {
                List<String> command = new ArrayList<>(program);
                command.addAll(List.of("-C", "attach-session", "-t", "b"));
                try (ControlStream client = ControlStream.start(command, harness.env(), harness.scratch())) {
                    client.awaitBlocks(1);
                    client.command("refresh-client -B 'places:@*:#{session_name}:#{window_index}:#{window_name}'");
                    client.command("send-keys -t a:2 heard-in-b Enter");
                    client.await("output of the linked window", line -> line.startsWith("%output") && line.contains("heard-in-b"));
                    client.await("both windows' values", line -> line.contains(": b:4:shared"));
                    client.await("both windows' values", line -> line.contains(": b:0:own"));
                    seen.add(client.lines().stream().filter(line -> line.startsWith("%subscription-changed")).sorted().toList());
                    client.send("");
                    assertTrue(client.waitForExit(EXIT));
                }
            }
            assertEquals(seen.get(0), seen.get(1));
        }
    }
}
