package dev.mux.scope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the user bus and the system bus are, found the way sd-bus finds them: the environment
 * first, then the well-known socket. Looking costs no D-Bus class loading, so a host without a
 * user bus pays nothing for it at server start.
 */
public final class BusAddresses {
    static final String SYSTEM_SOCKET = "/run/dbus/system_bus_socket";

    private BusAddresses() {}

    /** The user bus address, or empty when neither $DBUS_SESSION_BUS_ADDRESS nor $XDG_RUNTIME_DIR/bus exists. */
    public static Optional<String> user(Map<String, String> env) {
        String address = env.get("DBUS_SESSION_BUS_ADDRESS");
        if (address != null && !address.isBlank()) return Optional.of(address);
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime == null || runtime.isBlank()) return Optional.empty();
        Path socket = Path.of(runtime, "bus");
        return Files.exists(socket) ? Optional.of("unix:path=" + socket) : Optional.empty();
    }

    /** Why {@link #user} found nothing, for a log line a user can act on. */
    public static String whyNoUserBus(Map<String, String> env) {
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime == null || runtime.isBlank()) {
            return "no user bus: neither DBUS_SESSION_BUS_ADDRESS nor XDG_RUNTIME_DIR is set (not a systemd login session?)";
        }
        return "no user bus: DBUS_SESSION_BUS_ADDRESS is unset and " + runtime + "/bus does not exist (no systemd user manager?)";
    }

    /** The system bus address, or empty when $DBUS_SYSTEM_BUS_ADDRESS is unset and the standard socket is absent. */
    public static Optional<String> system(Map<String, String> env) {
        String address = env.get("DBUS_SYSTEM_BUS_ADDRESS");
        if (address != null && !address.isBlank()) return Optional.of(address);
        return Files.exists(Path.of(SYSTEM_SOCKET)) ? Optional.of("unix:path=" + SYSTEM_SOCKET) : Optional.empty();
    }
}
