package dev.mux.scope;

import dev.mux.scope.Placement.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.types.UInt32;

/**
 * Moves many processes into scopes of their own, one after the other, over one connection to the
 * user manager kept open between moves: a pane's move then costs one StartTransientUnit and its
 * job, not a new connection, its authentication and a subscription each time. A connection that
 * broke is opened again for the next move. Not thread-safe: one worker thread uses it.
 */
public final class ScopeMover implements AutoCloseable {
    private final Map<String, String> env;
    private final ScopeRegistrar registrar;
    private final Duration limit;
    private BusConnection bus;
    private JobWatch jobs;

    public ScopeMover(Map<String, String> env, CgroupFile cgroups, Duration limit) {
        this.env = Map.copyOf(env);
        this.registrar = new ScopeRegistrar(env, cgroups, limit);
        this.limit = limit;
    }

    public Placement move(ScopeRequest request) {
        Optional<String> address = BusAddresses.user(env);
        if (address.isEmpty()) return registrar.notMoved(Outcome.NO_USER_BUS, request, BusAddresses.whyNoUserBus(env));
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            if (bus == null) connect(address.get());
            return registrar.startScope(bus, jobs, request, deadline);
        } catch (BusError e) {
            if (e.is(BusError.TRANSPORT) || e.is(BusError.NO_REPLY)) close();
            return registrar.notMoved(ScopeRegistrar.outcomeOf(e), request, ScopeRegistrar.explain(e, address.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return registrar.notMoved(Outcome.UNAVAILABLE, request, "interrupted");
        }
    }

    /**
     * Moves more processes into a scope made by {@link #move}: those a pane's shell forked while
     * the scope was being made. Empty on success, else why not.
     */
    public Optional<String> attach(String unit, List<Long> pids) {
        if (bus == null || pids.isEmpty()) return Optional.of("no connection to the user manager");
        try {
            bus.call(SystemdManager.BUS_NAME, SystemdManager.PATH, SystemdManager.class, "AttachProcessesToUnit", limit,
                    unit, "", pids.stream().map(UInt32::new).toList());
            return Optional.empty();
        } catch (BusError e) {
            return Optional.of(e.brief());
        }
    }

    /** Opening has no timeout of dbus-java's we control, so it is bounded here (see {@link Bounded}). */
    private void connect(String address) throws BusError {
        Opened opened = Bounded.within("mux-scope-connect", limit, () -> {
            BusConnection connection = BusConnection.open(address);
            try {
                return new Opened(connection, JobWatch.subscribe(connection, limit), null);
            } catch (BusError e) {
                connection.close();
                return new Opened(null, null, e);
            }
        }, () -> new Opened(null, null, new BusError(BusError.NO_REPLY, "the user manager did not answer within " + limit.toMillis() + " ms")),
                e -> new Opened(null, null, e instanceof BusError busError ? busError : new BusError(BusError.TRANSPORT, "failed: " + e, e)));
        if (opened.error() != null) throw opened.error();
        bus = opened.bus();
        jobs = opened.jobs();
    }

    /** A connection subscribed to its jobs, or why there is none. */
    private record Opened(BusConnection bus, JobWatch jobs, BusError error) {}

    @Override
    public void close() {
        if (bus != null) bus.close();
        bus = null;
        jobs = null;
    }
}
