package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * list-commands prints tmux 3.3a's table: every command both have has tmux's line (name, alias and
 * usage, flag for flag), mux adds only its own commands, and of tmux's it lacks only those another
 * part of the work is adding.
 */
class ListCommandsDifferentialTest {
    /** Commands mux has and tmux has not. */
    private static final Set<String> MUX_OWN = Set.of("list-jobs", "resurrect", "save-snapshot", "scope-status");
    /** tmux's commands mux does not have yet. */
    private static final Set<String> NOT_YET = Set.of();
    /** Commands whose usage still lacks flags of tmux's: split-window -I, a pane fed from standard input. */
    private static final Set<String> KNOWN_GAPS = Set.of("split-window");

    @TempDir
    Path scratch;

    @Test
    void theTableIsTmuxsLineForLine() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "sleep 3600");
            Map<String, String> tmux = byName(twins.tmux("list-commands").ok().out());
            Map<String, String> ours = byName(twins.mux("list-commands").ok().out());
            for (Map.Entry<String, String> line : tmux.entrySet()) {
                String name = line.getKey();
                if (!ours.containsKey(name)) {
                    assertTrue(NOT_YET.contains(name), "mux lacks " + name);
                } else if (!KNOWN_GAPS.contains(name)) {
                    assertEquals(line.getValue(), ours.get(name), "the line of " + name);
                }
            }
            for (String name : ours.keySet()) {
                assertTrue(tmux.containsKey(name) || MUX_OWN.contains(name), "mux's own " + name);
            }
            twins.same("list-commands", "kill-pane");
            twins.same("list-commands", "-F", "#{command_list_name}:#{command_list_alias}", "new-window");
            twins.same("list-commands", "nosuch");
        }
    }

    private static Map<String, String> byName(String table) {
        Map<String, String> lines = new LinkedHashMap<>();
        table.lines().forEach(line -> lines.put(line.split(" ", 2)[0], line));
        return lines;
    }
}
