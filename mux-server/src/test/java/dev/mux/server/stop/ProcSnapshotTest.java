package dev.mux.server.stop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A pane's processes in a snapshot: its shell's session, and what started with its mux variables. */
class ProcSnapshotTest {
    private static final String SERVER = "/tmp/mux-0/default,100,";

    @Test
    void aPaneHasItsSessionAndItsMarkedProcessesOnly() {
        long self = ProcessHandle.current().pid();
        List<ProcInfo> all = List.of(
                process(500, 500, null, null),                  // the pane's shell
                process(501, 500, null, null),                  // a job of it
                process(502, 502, SERVER + "0", "%3"),          // left the session (setsid), marked
                process(503, 503, "/tmp/mux-0/other,200,0", "%3"), // another server's %3
                process(504, 504, SERVER + "0", "%4"),          // another pane of this server
                process(505, 600, null, null),                  // another session
                process(self, 500, SERVER + "0", "%3"));        // never the server itself
        ProcSnapshot snapshot = new ProcSnapshot(all.stream().collect(Collectors.toMap(ProcInfo::pid, Function.identity())));

        assertEquals(List.of(500L, 501L, 502L), pids(snapshot.of(new PaneIdentity(500, SERVER, "%3"))));
        // A pane whose shell is not known yet is found by its variables alone.
        assertEquals(List.of(502L), pids(snapshot.of(new PaneIdentity(0, SERVER, "%3"))));
        assertEquals(List.of(), pids(snapshot.of(new PaneIdentity(700, SERVER, "%9"))));
    }

    private static ProcInfo process(long pid, long session, String muxServer, String muxPane) {
        return new ProcInfo(pid, 1, pid, session, -1, ProcState.SLEEPING, 1000 + pid, muxServer, muxPane);
    }

    private static List<Long> pids(List<ProcInfo> processes) {
        return processes.stream().map(ProcInfo::pid).toList();
    }
}
