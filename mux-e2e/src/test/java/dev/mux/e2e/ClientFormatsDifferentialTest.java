package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client_* formats of a real client, attached from an outer tmux (a terminal that answers
 * tmux's questions about itself as tmux does), against tmux 3.3a: every variable display-message
 * -a lists for the client, and the default line of list-clients.
 */
class ClientFormatsDifferentialTest {
    /**
     * What must differ between two servers and two clients: process ids, terminal names, times and
     * the bytes each drew (mux's are checked to be plausible); and what mux's client does not send:
     * its process id and its cell's size in pixels.
     */
    private static final Set<String> DIFFER = Set.of("client_pid", "client_name", "client_tty", "client_created",
            "client_activity", "client_written", "client_cell_width", "client_cell_height");

    @TempDir
    Path scratch;

    @Test
    void anAttachedClientsVariablesAreTmuxs() throws Exception {
        long started = Instant.now().getEpochSecond();
        try (MuxHarness harness = MuxHarness.create(scratch);
             AttachedTwins both = AttachedTwins.start(harness, 90, 25,
                     List.of(List.of("new-session", "-d", "-s", "s", "-x", "90", "-y", "25", "exec sleep 600")))) {
            // The terminal's answers to what it is arrive after the attach: wait for them on both.
            both.both("tmux 3.3a", "display-message", "-p", "#{client_termtype}");
            Map<String, String> tmux = clientVariables(both.twins.tmux("display-message", "-a", "-c", only(both.twins.tmux(
                    "list-clients", "-F", "#{client_name}").out())).out());
            Map<String, String> mux = clientVariables(both.twins.mux("display-message", "-a", "-c", only(both.twins.mux(
                    "list-clients", "-F", "#{client_name}").out())).out());
            assertTrue(tmux.containsKey("client_termfeatures"), tmux.toString());
            String[] times = both.twins.mux("display-message", "-p", "#{client_created} #{client_activity} #{client_written}")
                    .ok().out().strip().split(" ");
            long created = Long.parseLong(times[0]);
            assertTrue(created >= started && created <= Instant.now().getEpochSecond(), "client_created is when it came: " + created);
            assertTrue(Long.parseLong(times[1]) >= created, "client_activity: " + times[1]);
            assertTrue(Long.parseLong(times[2]) > 0, "client_written counts what was drawn: " + times[2]);
            assertEquals(tmux.toString().replace(", ", ",\n"), mux.toString().replace(", ", ",\n"));
            both.twins.same(out -> out.replaceAll("(?m)^/dev/pts/\\d+:", "TTY:"), "list-clients");
            both.twins.same("display-message", "-p", "#{client_termfeatures}|#{client_termtype}|#{client_flags}");
        }
    }

    private static String only(String names) {
        List<String> lines = names.lines().toList();
        assertEquals(1, lines.size(), names);
        return lines.get(0);
    }

    /** display-message -a's client_* lines, less those that must differ. */
    private static Map<String, String> clientVariables(String listing) {
        Map<String, String> values = new TreeMap<>();
        for (String line : listing.split("\n")) {
            int equals = line.indexOf('=');
            if (!line.startsWith("client_") || equals < 0) continue;
            String name = line.substring(0, equals);
            if (!DIFFER.contains(name)) values.put(name, line.substring(equals + 1));
        }
        return values;
    }
}
