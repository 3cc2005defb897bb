package dev.mux.scope;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.messages.DBusSignal;

/**
 * Listens on the system bus for logind's PrepareForShutdown and PrepareForSleep, over a connection
 * kept open while the server runs; signals of the same name sent by anyone but logind are ignored. The listeners are called on dbus-java's thread with the
 * signal's argument (true: about to go down, false: cancelled or woken up).
 */
public final class LogindSignals implements AutoCloseable {
    private static final String DBUS_NAME = "org.freedesktop.DBus";
    private static final String DBUS_PATH = "/org/freedesktop/DBus";
    private final BusConnection bus;

    private LogindSignals(BusConnection bus) {
        this.bus = bus;
    }

    /** The listening connection, or why there is none (no system bus, no logind). */
    public static Listening listen(Map<String, String> env, Duration limit, Consumer<Boolean> shutdown, Consumer<Boolean> sleep) {
        Optional<String> address = BusAddresses.system(env);
        if (address.isEmpty()) return new Listening(null, "no system bus: no systemd-logind to hear shutdown from");
        return Bounded.within("mux-logind-signals", limit, () -> {
            BusConnection bus = BusConnection.open(address.get());
            try {
                // Anyone may send a signal on the system bus: only logind's own count.
                String logind = (String) bus.call(DBUS_NAME, DBUS_PATH, DBus.class, "GetNameOwner", limit, LoginManager.BUS_NAME)[0];
                bus.onSignal(LoginManager.PrepareForShutdown.class, signal -> {
                    if (fromLogind(signal, logind)) shutdown.accept(signal.start());
                });
                bus.onSignal(LoginManager.PrepareForSleep.class, signal -> {
                    if (fromLogind(signal, logind)) sleep.accept(signal.start());
                });
                return new Listening(new LogindSignals(bus), "");
            } catch (BusError e) {
                bus.close();
                return new Listening(null, "cannot listen to systemd-logind: " + e.brief());
            }
        }, () -> new Listening(null, "the system bus did not answer within " + limit.toMillis() + " ms"),
                e -> new Listening(null, "cannot listen to systemd-logind: " + e));
    }

    private static boolean fromLogind(DBusSignal signal, String owner) {
        return owner.equals(signal.getSource()) && LoginManager.PATH.equals(signal.getPath());
    }

    /** The connection, or null and why not. */
    public record Listening(LogindSignals signals, String whyNot) {
        public boolean listening() {
            return signals != null;
        }
    }

    @Override
    public void close() {
        bus.close();
    }
}
