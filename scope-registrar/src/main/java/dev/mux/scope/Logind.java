package dev.mux.scope;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.UInt32;

/** Reads logout policy and linger from systemd-logind on the system bus, and turns linger on. */
public final class Logind {
    /** logind answers property reads at once; this bounds a hung or absent one. */
    public static final Duration DEFAULT_LIMIT = Duration.ofMillis(1500);

    private final Map<String, String> env;
    private final Duration limit;

    public Logind(Map<String, String> env, Duration limit) {
        this.env = Map.copyOf(env);
        this.limit = limit;
    }

    public LogindSettings read(long uid) {
        Optional<String> address = BusAddresses.system(env);
        if (address.isEmpty()) return LogindSettings.unreachable("no system bus (" + BusAddresses.SYSTEM_SOCKET + " is missing): no systemd-logind");
        return Bounded.within("mux-logind", limit, () -> readOver(address.get(), uid),
                () -> LogindSettings.unreachable("systemd-logind did not answer within " + limit.toMillis() + " ms"),
                e -> LogindSettings.unreachable("reading systemd-logind failed: " + e));
    }

    private LogindSettings readOver(String address, long uid) {
        try (BusConnection bus = BusConnection.open(address)) {
            boolean kill = Boolean.TRUE.equals(managerProperty(bus, "KillUserProcesses"));
            var only = BusConnection.strings(managerProperty(bus, "KillOnlyUsers"));
            var exclude = BusConnection.strings(managerProperty(bus, "KillExcludeUsers"));
            return new LogindSettings(true, kill, only, exclude, linger(bus, uid), "");
        } catch (BusError e) {
            String why = e.isMissingService() ? "no systemd-logind on the system bus" : "systemd-logind: " + e.brief();
            return LogindSettings.unreachable(why);
        }
    }

    private Object managerProperty(BusConnection bus, String name) throws BusError {
        return bus.property(LoginManager.BUS_NAME, LoginManager.PATH, LoginManager.INTERFACE, name, limit);
    }

    private boolean linger(BusConnection bus, long uid) throws BusError {
        Object[] user;
        try {
            user = bus.call(LoginManager.BUS_NAME, LoginManager.PATH, LoginManager.class, "GetUser", limit, new UInt32(uid));
        } catch (BusError e) {
            // logind keeps an object for every lingering user, so an unknown one does not linger.
            if (e.is(BusError.NO_SUCH_USER)) return false;
            throw e;
        }
        String path = ((DBusPath) user[0]).getPath();
        return Boolean.TRUE.equals(bus.property(LoginManager.BUS_NAME, path, LoginManager.USER_INTERFACE, "Linger", limit));
    }

    /**
     * Asks logind to keep the user's manager running without sessions (what {@code loginctl
     * enable-linger} does). Non-interactive: polkit decides without asking for a password. Returns
     * empty on success, else why not.
     */
    public Optional<String> enableLinger(long uid) {
        return setLinger(uid, true);
    }

    /** The reverse, {@code loginctl disable-linger}; the same answer. */
    public Optional<String> disableLinger(long uid) {
        return setLinger(uid, false);
    }

    private Optional<String> setLinger(long uid, boolean enable) {
        Optional<String> address = BusAddresses.system(env);
        if (address.isEmpty()) return Optional.of("no system bus: no systemd-logind to ask");
        String command = "loginctl " + (enable ? "enable" : "disable") + "-linger";
        return Bounded.within("mux-linger", limit, () -> {
            try (BusConnection bus = BusConnection.open(address.get())) {
                bus.call(LoginManager.BUS_NAME, LoginManager.PATH, LoginManager.class, "SetUserLinger", limit,
                        new UInt32(uid), enable, Boolean.FALSE);
                return Optional.<String>empty();
            } catch (BusError e) {
                boolean denied = e.is(BusError.ACCESS_DENIED) || e.is(BusError.INTERACTIVE_AUTHORIZATION_REQUIRED);
                return Optional.of(denied ? "polkit does not allow it without a password: run '" + command + "'" : e.brief());
            }
        }, () -> Optional.of("systemd-logind did not answer within " + limit.toMillis() + " ms"),
                e -> Optional.of("failed: " + e));
    }

    /** The inhibitor locks held by process {@code pid}, as "what/mode" words; empty when logind cannot be asked. */
    public java.util.List<String> locksOf(long pid) {
        Optional<String> address = BusAddresses.system(env);
        if (address.isEmpty()) return java.util.List.of();
        return Bounded.within("mux-inhibitors", limit, () -> {
            try (BusConnection bus = BusConnection.open(address.get())) {
                Object[] reply = bus.call(LoginManager.BUS_NAME, LoginManager.PATH, LoginManager.class, "ListInhibitors", limit);
                return InhibitorList.heldBy(reply.length > 0 ? reply[0] : null, pid);
            } catch (BusError e) {
                return java.util.List.<String>of();
            }
        }, java.util.List::<String>of, e -> java.util.List.<String>of());
    }
}
