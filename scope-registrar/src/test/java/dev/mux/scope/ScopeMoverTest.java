package dev.mux.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.scope.FakeSystemd.Answer;
import dev.mux.scope.Placement.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mover that keeps its connection for many panes, where the user manager says no or says
 * nothing: every move ends in a placement that says why, in time, and the next move still works.
 */
class ScopeMoverTest {
    private static final Duration LIMIT = Duration.ofMillis(1000);
    private static final long SLACK_MILLIS = 1000;

    @TempDir
    Path proc;

    @Test
    void withoutAUserBusNothingIsAsked() {
        try (ScopeMover mover = new ScopeMover(Map.of(), new CgroupFile(proc), LIMIT)) {
            assertEquals(Outcome.NO_USER_BUS, mover.move(request(11)).outcome());
        }
    }

    @Test
    void refusalsLeaveTheConnectionUsableForTheNextPane() throws Exception {
        try (PrivateBus bus = PrivateBus.start(); FakeSystemd systemd = FakeSystemd.export(bus, Answer.ACCESS_DENIED, proc);
                ScopeMover mover = new ScopeMover(Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()), new CgroupFile(proc), LIMIT)) {
            assertEquals(Outcome.REFUSED, mover.move(request(11)).outcome());
            Placement second = mover.move(request(12));
            assertEquals(Outcome.REFUSED, second.outcome());
            assertTrue(second.detail().contains("denied"), second.detail());
            assertEquals(2, systemd.requests.size(), "both asked over the kept connection");
        }
    }

    @Test
    void aJobThatNeverEndsTimesOutWithinTheLimit() throws Exception {
        try (PrivateBus bus = PrivateBus.start(); FakeSystemd systemd = FakeSystemd.export(bus, Answer.JOB_NEVER_ENDS, proc);
                ScopeMover mover = new ScopeMover(Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()), new CgroupFile(proc), LIMIT)) {
            long start = System.nanoTime();
            Placement placement = mover.move(request(11));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(Outcome.TIMED_OUT, placement.outcome());
            assertTrue(millis < LIMIT.toMillis() + SLACK_MILLIS, millis + " ms");
        }
    }

    @Test
    void aBusThatIsGoneFailsWithinTheLimitEachTime() {
        Map<String, String> env = Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + proc.resolve("no-such-socket"));
        try (ScopeMover mover = new ScopeMover(env, new CgroupFile(proc), LIMIT)) {
            for (long pid : new long[] {11, 12}) {
                long start = System.nanoTime();
                Placement placement = mover.move(request(pid));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertFalse(placement.moved(), placement.describe());
                assertTrue(millis < LIMIT.toMillis() + SLACK_MILLIS, millis + " ms");
            }
        }
    }

    private static ScopeRequest request(long pid) {
        return new ScopeRequest(pid, ScopeRequest.unitName("mux-pane", "default-1", pid), "mux pane %1", List.of(pid + 1000),
                List.of(UnitProperty.flag("SendSIGHUP", true)));
    }
}
