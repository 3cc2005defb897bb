package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One window in several sessions, as tmux 3.3a: link-window shows it in another session (or twice
 * in one), both places show the same panes, unlink-window takes one place away (refusing a
 * window's only place without -k), and kill-window ends it everywhere.
 */
class LinkedWindowsDifferentialTest {
    /** Each place of each window: where it is, what it is, and what the linked_* formats say of it. */
    private static final String PLACES = "#{session_name}:#{window_index} #{window_id} #{window_name} #{window_flags}"
            + " linked=#{window_linked} n=#{window_linked_sessions} in=#{window_linked_sessions_list}"
            + " active=#{window_active_sessions}:#{window_active_sessions_list}";

    @TempDir
    Path scratch;

    @Test
    void aLinkedWindowIsOneWindowInEachOfItsPlaces() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "80", "-y", "24", "-n", "first", "sleep 3600");
            twins.same("new-window", "-d", "-t", "a", "-n", "shared", "cat");
            twins.same("new-session", "-d", "-s", "b", "-x", "80", "-y", "24", "-n", "own", "sleep 3600");
            twins.same("link-window", "-s", "a:shared", "-t", "b:5");
            twins.same("list-windows", "-a", "-F", PLACES);
            twins.same("display-message", "-p", "-t", "b:5", "#{session_name} #{window_index} #{pane_id}");

            twins.same("send-keys", "-t", "b:5", "seen-in-both", "Enter");
            twins.sameOnce(screen -> screen.contains("seen-in-both\nseen-in-both"), "capture-pane", "-p", "-t", "a:1");

            twins.same("link-window", "-s", "b:5", "-t", "b:5");
            twins.same("link-window", "-s", "b:5", "-t", "b:0");
            twins.same("link-window", "-d", "-s", "b:5", "-t", "b:7");
            twins.same("link-window", "-s", "a:0", "-t", "nosuch:3");
            twins.same("list-windows", "-t", "b", "-F", PLACES);

            twins.same("unlink-window", "-t", "a:0");
            twins.same("unlink-window", "-t", "a:1");
            twins.same("list-windows", "-a", "-F", PLACES);
            twins.same("select-window", "-t", "b:7");
            twins.same("list-windows", "-a", "-F", PLACES);

            twins.same("kill-window", "-t", "b:5");
            twins.same("list-windows", "-a", "-F", PLACES);
            twins.same("list-sessions", "-F", "#{session_name} #{session_windows}");
        }
    }

    @Test
    void killingASessionEndsOnlyTheWindowsLinkedNowhereElse() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "80", "-y", "24", "-n", "first", "sleep 3600");
            twins.same("new-window", "-d", "-t", "a:3", "-n", "kept", "sleep 3600");
            twins.same("new-session", "-d", "-s", "b", "-x", "80", "-y", "24", "-n", "own", "sleep 3600");
            twins.same("link-window", "-k", "-s", "a:3", "-t", "b:0");
            twins.same("list-windows", "-a", "-F", PLACES);
            twins.same("kill-session", "-t", "a");
            twins.same("list-windows", "-a", "-F", PLACES);
            twins.same("unlink-window", "-t", "b:0");
            twins.same("new-window", "-d", "-t", "b:1", "-n", "last", "sleep 3600");
            twins.same("unlink-window", "-k", "-t", "b:0");
            twins.same("list-windows", "-a", "-F", PLACES);
        }
    }

    @Test
    void aBellInALinkedWindowIsFlaggedInEachSession() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "80", "-y", "24", "-n", "first", "sleep 3600");
            twins.same("new-session", "-d", "-s", "b", "-x", "80", "-y", "24", "-n", "own", "sleep 3600");
            twins.same("new-window", "-d", "-t", "a:2", "-n", "rings", "sleep 2; printf '\\a'; exec sleep 3600");
            twins.same("link-window", "-d", "-s", "a:2", "-t", "b:4");
            twins.sameOnce(alerts -> alerts.contains("!"), "display-message", "-p", "-t", "b", "#{session_alerts}");
            twins.same("display-message", "-p", "-t", "a", "#{session_alerts}");
            twins.same("list-windows", "-a", "-F", PLACES);
        }
    }

    /**
     * tmux keeps alert flags on each place: a bell flags every place but the one current in an
     * attached session, kill-session -C clears one session's places, a new link starts without
     * flags, and selecting the window (tmux 3.3a's winlink_clear_flags) clears every place.
     */
    @Test
    void alertFlagsAreKeptForEachPlace() throws Exception {
        String flags = "#{session_name}:#{window_index} #{window_flags} bell=#{window_bell_flag}";
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "80", "-y", "24", "-n", "first", "sleep 3600");
            twins.same("new-session", "-d", "-s", "b", "-x", "80", "-y", "24", "-n", "own", "sleep 3600");
            twins.same("new-window", "-d", "-t", "a:2", "-n", "rings", "while read x; do printf '\\a'; done");
            twins.same("link-window", "-d", "-s", "a:2", "-t", "b:4");
            try (ControlStream tmuxClient = attachedTo(mux, tmuxCommand(mux), "b");
                    ControlStream muxClient = attachedTo(mux, mux.muxCommand(), "b")) {
                twins.same("select-window", "-t", "b:4");
                twins.same("send-keys", "-t", "a:2", "Enter");
                twins.sameOnce(alerts -> alerts.contains("!"), "display-message", "-p", "-t", "a", "#{session_alerts}");
                twins.same("display-message", "-p", "-t", "b", "#{session_alerts} #{window_bell_flag}");
                twins.same("list-windows", "-a", "-F", flags);
                detach(tmuxClient);
                detach(muxClient);
            }
            twins.same("send-keys", "-t", "a:2", "Enter");
            twins.sameOnce(alerts -> alerts.contains("!"), "display-message", "-p", "-t", "b", "#{session_alerts}");
            twins.same("kill-session", "-C", "-t", "b");
            twins.same("list-windows", "-a", "-F", flags);
            twins.same("send-keys", "-t", "a:2", "Enter");
            twins.sameOnce(alerts -> alerts.contains("!"), "display-message", "-p", "-t", "b", "#{session_alerts}");
            twins.same("link-window", "-d", "-s", "a:2", "-t", "b:6");
            twins.same("list-windows", "-a", "-F", flags);
            twins.same("select-window", "-t", "b:0");
            twins.same("next-window", "-a", "-t", "b");
            twins.same("list-windows", "-a", "-F", flags);
        }
    }

    private static List<String> tmuxCommand(MuxHarness mux) {
        return List.of("tmux", "-S", mux.scratch().resolve("tmux.sock").toString(), "-f", "/dev/null");
    }

    /** A control client attached to {@code session}, once its attach has been answered. */
    private static ControlStream attachedTo(MuxHarness mux, List<String> program, String session) throws Exception {
        List<String> command = new ArrayList<>(program);
        command.addAll(List.of("-C", "attach-session", "-t", session));
        ControlStream client = ControlStream.start(command, mux.env(), mux.scratch());
        client.awaitBlocks(1);
        return client;
    }

    private static void detach(ControlStream client) throws Exception {
        client.send("");
        assertTrue(client.waitForExit(Duration.ofSeconds(15)));
    }

    /**
     * What is said of a linked window names its place as tmux does: a window's hook runs in the
     * session of its places used last, an alert's hook in each place, and respawn's errors name
     * the place the target named.
     */
    @Test
    void hooksAndErrorsNameTheWindowsPlace() throws Exception {
        String log = "set -gaF @log '#{hook}:#{hook_session_name}:#{session_name}:#{window_index}|'";
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "80", "-y", "24", "-n", "first", "sleep 3600");
            twins.same("new-window", "-d", "-t", "a:2", "-n", "rings", "while read x; do printf '\\a'; done");
            twins.same("new-session", "-d", "-s", "b", "-x", "80", "-y", "24", "-n", "own", "sleep 3600");
            twins.same("link-window", "-d", "-s", "a:2", "-t", "b:4");
            twins.same("set-hook", "-g", "window-renamed", log);
            twins.same("set-hook", "-g", "alert-bell", log);
            twins.same("rename-window", "-t", "a:2", "renamed");
            twins.sameOnce(text -> text.contains("window-renamed"), "show-options", "-gv", "@log");
            twins.same("send-keys", "-t", "a:2", "Enter");
            twins.sameOnce(text -> text.split("alert-bell", -1).length == 3, "show-options", "-gv", "@log");
            twins.same("respawn-pane", "-t", "b:4");
            twins.same("respawn-window", "-t", "b:4");
        }
    }
}
