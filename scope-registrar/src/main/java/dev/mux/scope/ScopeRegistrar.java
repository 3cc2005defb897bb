package dev.mux.scope;

import dev.mux.scope.Placement.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * Moves a running process into a new transient scope of the user's systemd manager, as
 * {@code systemd-run --user --scope} does for a new one: subscribe to JobRemoved, call
 * StartTransientUnit with the PID, wait for that job's result, then check /proc/PID/cgroup. Every
 * failure becomes a {@link Placement} that says why; nothing here throws or waits past its limit.
 */
public final class ScopeRegistrar {
    /** Enough for a loaded user manager; a healthy one answers within milliseconds. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(3);
    /** Job mode "fail": refuse rather than replace a job already queued for a unit of that name. */
    private static final String JOB_MODE = "fail";
    private static final String JOB_DONE = "done";

    private final Map<String, String> env;
    private final CgroupFile cgroups;
    private final Duration limit;

    public ScopeRegistrar(Map<String, String> env, CgroupFile cgroups, Duration limit) {
        this.env = Map.copyOf(env);
        this.cgroups = cgroups;
        this.limit = limit;
    }

    public Placement move(ScopeRequest request) {
        Optional<String> address = BusAddresses.user(env);
        if (address.isEmpty()) return notMoved(Outcome.NO_USER_BUS, request, BusAddresses.whyNoUserBus(env));
        long deadline = System.nanoTime() + limit.toNanos();
        return Bounded.within("mux-scope-registrar", limit,
                () -> moveOver(address.get(), request, deadline),
                () -> notMoved(Outcome.TIMED_OUT, request, "the user manager did not answer within " + limit.toMillis() + " ms"),
                e -> notMoved(Outcome.UNAVAILABLE, request, "failed: " + e));
    }

    private Placement moveOver(String address, ScopeRequest request, long deadline) throws InterruptedException {
        try (BusConnection bus = BusConnection.open(address)) {
            JobWatch jobs = JobWatch.subscribe(bus, left(deadline));
            return startScope(bus, jobs, request, deadline);
        } catch (BusError e) {
            return notMoved(outcomeOf(e), request, explain(e, address));
        }
    }

    /**
     * StartTransientUnit on a connection already subscribed to JobRemoved ({@code jobs}), then the
     * wait for the job and the check of /proc; shared with {@link ScopeMover}, which keeps its connection.
     */
    Placement startScope(BusConnection bus, JobWatch jobs, ScopeRequest request, long deadline) throws BusError, InterruptedException {
        Object[] reply = bus.call(SystemdManager.BUS_NAME, SystemdManager.PATH, SystemdManager.class,
                "StartTransientUnit", left(deadline), request.unit(), JOB_MODE, properties(request), List.<AuxiliaryUnit>of());
        String job = ((DBusPath) reply[0]).getPath();
        Optional<String> result = jobs.await(job, left(deadline).toMillis());
        if (result.isEmpty()) {
            return notMoved(Outcome.TIMED_OUT, request, "job " + job + " did not finish within " + limit.toMillis() + " ms");
        }
        if (!result.get().equals(JOB_DONE)) {
            return notMoved(Outcome.JOB_FAILED, request, "job for " + request.unit() + " ended with result '" + result.get() + "'");
        }
        return confirm(request);
    }

    /** systemd said done; the kernel's view of the process is what counts. */
    private Placement confirm(ScopeRequest request) {
        Optional<String> cgroup = cgroups.pathOf(request.pid());
        if (cgroup.isPresent() && CgroupFile.unitOf(cgroup.get()).equals(request.unit())) {
            return new Placement(Outcome.MOVED, request.unit(), cgroup.get(), "");
        }
        return new Placement(Outcome.NOT_MOVED, request.unit(), cgroup.orElse(null),
                "the job finished but /proc/" + request.pid() + "/cgroup shows " + cgroup.orElse("nothing"));
    }

    static List<UnitProperty> properties(ScopeRequest request) {
        List<UnitProperty> properties = new ArrayList<>(List.of(
                new UnitProperty("Description", new Variant<>(request.description())),
                new UnitProperty("PIDs", new Variant<>(request.pids().stream().map(UInt32::new).toList(), "au")),
                // A scope that failed or ended must not block the next server's start under the same name.
                new UnitProperty("CollectMode", new Variant<>("inactive-or-failed"))));
        properties.addAll(request.settings());
        return properties;
    }

    static Outcome outcomeOf(BusError e) {
        if (e.isMissingService()) return Outcome.UNAVAILABLE;
        return switch (e.name()) {
            case BusError.NO_REPLY -> Outcome.TIMED_OUT;
            case BusError.TRANSPORT, BusError.UNKNOWN_METHOD,
                    "org.freedesktop.DBus.Error.UnknownInterface", "org.freedesktop.DBus.Error.UnknownObject" -> Outcome.UNAVAILABLE;
            default -> Outcome.REFUSED;
        };
    }

    static String explain(BusError e, String address) {
        if (e.isMissingService()) return "no systemd user manager on the user bus " + address;
        return switch (e.name()) {
            case BusError.UNKNOWN_METHOD -> "the user manager has no StartTransientUnit (systemd too old?): " + e.brief();
            case BusError.UNIT_EXISTS -> "a unit of that name already exists: " + e.brief();
            case BusError.ACCESS_DENIED -> "the user manager denied it: " + e.brief();
            default -> e.brief();
        };
    }

    Placement notMoved(Outcome outcome, ScopeRequest request, String why) {
        return new Placement(outcome, request.unit(), cgroups.pathOf(request.pid()).orElse(null), why);
    }

    static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000));
    }
}
