package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grouped sessions (new-session -t) as tmux 3.3a: the members show the same windows, a window made
 * or killed in one appears in or leaves all, each keeps its own current window, and the
 * session_group formats and list-sessions say which group each is in.
 */
class GroupedSessionsDifferentialTest {
    private static final String PLACES = "#{session_name}:#{window_index} #{window_id} #{window_name} #{window_flags}"
            + " linked=#{window_linked} n=#{window_linked_sessions}";
    private static final String GROUPS = "#{session_name} #{session_windows} grouped=#{session_grouped}"
            + " group=#{session_group} size=#{session_group_size} list=#{session_group_list}"
            + " attached=#{session_group_attached} many=#{session_group_many_attached}"
            + " attached_list=#{session_group_attached_list}";

    @TempDir
    Path scratch;

    @Test
    void membersShareTheirWindowsButNotTheirCurrentWindow() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "80", "-y", "24", "-n", "first", "sleep 3600");
            twins.same("new-window", "-d", "-t", "a:2", "-n", "second", "sleep 3600");
            twins.same("new-session", "-d", "-s", "g", "-t", "a");
            twins.same("new-session", "-d", "-t", "g");
            twins.same("new-session", "-d", "-t", "a", "-n", "named");
            twins.same("new-session", "-d", "-s", "lone", "-t", "newgroup", "-x", "80", "-y", "24", "sleep 3600");
            twins.same("new-session", "-d", "-s", "bad", "-t", "");
            twins.same("list-sessions", "-F", GROUPS);

            twins.same("new-window", "-d", "-t", "g:5", "-n", "fromg", "sleep 3600");
            twins.same("select-window", "-t", "g:5");
            twins.same("list-windows", "-a", "-F", PLACES);
            twins.same("display-message", "-p", "-t", "g:5", "#{session_name} #{window_index} #{window_active}");

            twins.same("unlink-window", "-t", "a:2");
            twins.same("link-window", "-s", "a:0", "-t", "g:7");
            twins.same("move-window", "-s", "a:0", "-t", "g:8");
            twins.same("swap-window", "-s", "a:0", "-t", "g:2");
            twins.same("kill-window", "-t", "a:5");
            twins.same("list-windows", "-a", "-F", PLACES);

            twins.same("kill-session", "-t", "a");
            twins.same("list-windows", "-a", "-F", PLACES);
            twins.same("list-sessions", "-F", GROUPS);
            twins.same("unlink-window", "-k", "-t", "g:2");
            twins.same("list-windows", "-a", "-F", PLACES);
            twins.same("list-sessions", "-F", GROUPS);
        }
    }

    /**
     * new-session -A without -s attaches to the session -t names (found as a target, so a prefix
     * does), and with a -t naming no session makes a new group's session instead.
     */
    @Test
    void newSessionAAttachesToTheSessionItsTargetNames() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "alpha", "-x", "80", "-y", "24", "sleep 3600");
            twins.same("new-session", "-d", "-s", "beta", "-x", "80", "-y", "24", "sleep 3600");
            List<String> tmux = List.of("tmux", "-S", mux.scratch().resolve("tmux.sock").toString(), "-f", "/dev/null");
            try (ControlStream tmuxClient = newSessionA(mux, tmux); ControlStream muxClient = newSessionA(mux, mux.muxCommand())) {
                twins.same("list-clients", "-F", "#{client_session}");
                twins.same("list-sessions", "-F", GROUPS);
                for (ControlStream client : List.of(tmuxClient, muxClient)) {
                    client.send("");
                    assertTrue(client.waitForExit(Duration.ofSeconds(15)));
                }
            }
            twins.same("new-session", "-A", "-d", "-t", "nosuch");
            twins.same("list-sessions", "-F", GROUPS);
        }
    }

    private static ControlStream newSessionA(MuxHarness mux, List<String> program) throws Exception {
        List<String> command = new ArrayList<>(program);
        command.addAll(List.of("-C", "new-session", "-A", "-t", "alp"));
        ControlStream client = ControlStream.start(command, mux.env(), mux.scratch());
        client.awaitBlocks(1);
        return client;
    }
}
