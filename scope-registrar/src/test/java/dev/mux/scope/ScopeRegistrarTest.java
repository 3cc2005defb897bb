package dev.mux.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.scope.FakeSystemd.Answer;
import dev.mux.scope.Placement.Outcome;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registrar against a fake user manager on a private dbus-daemon: the success path (the fake
 * moves the PID in a fake /proc) and each way systemd can say no, none of which may throw or hang.
 */
class ScopeRegistrarTest {
    private static final long PID = 4242;
    private static final String UNIT = ScopeRequest.unitName("mux-server", "default", PID);
    private static final Duration LIMIT = Duration.ofMillis(1500);
    /** Waiting out LIMIT may take a little longer on a loaded machine, never much longer. */
    private static final long LIMIT_SLACK_MILLIS = 1000;

    @TempDir
    Path proc;

    @Test
    void movesThePidAndConfirmsItInProcCgroup() throws Exception {
        try (PrivateBus bus = PrivateBus.start(); FakeSystemd systemd = FakeSystemd.export(bus, Answer.MOVE, proc)) {
            Placement placement = registrar(bus.address()).move(request());
            assertEquals(Outcome.MOVED, placement.outcome(), placement.describe());
            assertTrue(placement.cgroup().endsWith("/app.slice/" + UNIT), placement.cgroup());
            List<UnitProperty> sent = systemd.requests.get(0);
            assertEquals(PID, FakeSystemd.pidOf(sent));
            assertEquals("inactive-or-failed", valueOf(sent, "CollectMode"));
            assertEquals("mux server on /run/user/1000/mux/default", valueOf(sent, "Description"));
        }
    }

    @Test
    void aJobThatSaysDoneWithoutMovingIsNotTakenOnTrust() throws Exception {
        writeCgroup("0::/user.slice/user-1000.slice/session-3.scope\n");
        Placement placement = against(Answer.DONE_WITHOUT_MOVING);
        assertEquals(Outcome.NOT_MOVED, placement.outcome());
        assertEquals("/user.slice/user-1000.slice/session-3.scope", placement.cgroup());
    }

    @Test
    void aFailedJobIsReportedWithItsResult() throws Exception {
        Placement placement = against(Answer.JOB_FAILS);
        assertEquals(Outcome.JOB_FAILED, placement.outcome());
        assertTrue(placement.detail().contains("'failed'"), placement.detail());
    }

    @Test
    void accessDeniedIsARefusal() throws Exception {
        Placement placement = against(Answer.ACCESS_DENIED);
        assertEquals(Outcome.REFUSED, placement.outcome());
        assertTrue(placement.detail().contains("denied"), placement.detail());
    }

    @Test
    void aTakenUnitNameIsARefusal() throws Exception {
        Placement placement = against(Answer.UNIT_EXISTS);
        assertEquals(Outcome.REFUSED, placement.outcome());
        assertTrue(placement.detail().contains("already exists"), placement.detail());
    }

    @Test
    void aManagerWithoutStartTransientUnitIsUnavailable() throws Exception {
        Placement placement = against(Answer.OLD_SYSTEMD);
        assertEquals(Outcome.UNAVAILABLE, placement.outcome());
        assertTrue(placement.detail().contains("too old"), placement.detail());
    }

    @Test
    void aJobThatNeverEndsTimesOutWithinTheLimit() throws Exception {
        assertTimesOutWithinLimit(Answer.JOB_NEVER_ENDS);
    }

    @Test
    void aCallThatIsNeverAnsweredTimesOutWithinTheLimit() throws Exception {
        assertTimesOutWithinLimit(Answer.NO_REPLY);
    }

    @Test
    void aBusWithoutAUserManagerIsUnavailable() throws Exception {
        try (PrivateBus bus = PrivateBus.start()) {
            Placement placement = registrar(bus.address()).move(request());
            assertEquals(Outcome.UNAVAILABLE, placement.outcome(), placement.describe());
            assertTrue(placement.detail().contains("no systemd user manager"), placement.detail());
        }
    }

    @Test
    void aSocketThatNeverAnswersTheHandshakeCannotHangTheCaller() throws IOException {
        Path socket = proc.resolve("silent.sock");
        try (ServerSocketChannel silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.bind(UnixDomainSocketAddress.of(socket));
            long start = System.nanoTime();
            Placement placement = registrar("unix:path=" + socket).move(request());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(Outcome.TIMED_OUT, placement.outcome(), placement.describe());
            assertTrue(millis < LIMIT.toMillis() + LIMIT_SLACK_MILLIS, "took " + millis + " ms");
        }
    }

    @Test
    void noUserBusAtAllCostsNoConnection() {
        Placement placement = new ScopeRegistrar(Map.of(), new CgroupFile(proc), LIMIT).move(request());
        assertEquals(Outcome.NO_USER_BUS, placement.outcome());
        assertTrue(placement.detail().contains("XDG_RUNTIME_DIR"), placement.detail());
    }

    private void assertTimesOutWithinLimit(Answer answer) throws Exception {
        long start = System.nanoTime();
        Placement placement = against(answer);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Outcome.TIMED_OUT, placement.outcome(), placement.describe());
        assertTrue(millis < LIMIT.toMillis() + LIMIT_SLACK_MILLIS, "took " + millis + " ms");
    }

    private Placement against(Answer answer) throws Exception {
        try (PrivateBus bus = PrivateBus.start(); FakeSystemd systemd = FakeSystemd.export(bus, answer, proc)) {
            return registrar(bus.address()).move(request());
        }
    }

    private ScopeRegistrar registrar(String address) {
        return new ScopeRegistrar(Map.of("DBUS_SESSION_BUS_ADDRESS", address), new CgroupFile(proc), LIMIT);
    }

    private static ScopeRequest request() {
        return new ScopeRequest(PID, UNIT, "mux server on /run/user/1000/mux/default");
    }

    private void writeCgroup(String content) throws IOException {
        Files.createDirectories(proc.resolve(Long.toString(PID)));
        Files.writeString(proc.resolve(Long.toString(PID)).resolve("cgroup"), content);
    }

    private static Object valueOf(List<UnitProperty> properties, String name) {
        return properties.stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow().getValue().getValue();
    }

}
