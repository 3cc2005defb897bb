package dev.mux.scope;

/**
 * A D-Bus call that did not succeed: the peer's error name (e.g.
 * {@code org.freedesktop.DBus.Error.AccessDenied}), or one of ours for a transport failure or a
 * reply that never came. Kept as a value because what to do next depends on the name.
 */
public final class BusError extends Exception {
    private static final long serialVersionUID = 1L;

    /** Our name for "the connection could not be opened or broke". */
    public static final String TRANSPORT = "dev.mux.scope.Transport";
    /** Our name for "no reply within the call's timeout". */
    public static final String NO_REPLY = "dev.mux.scope.NoReply";

    public static final String ACCESS_DENIED = "org.freedesktop.DBus.Error.AccessDenied";
    public static final String INTERACTIVE_AUTHORIZATION_REQUIRED = "org.freedesktop.DBus.Error.InteractiveAuthorizationRequired";
    public static final String SERVICE_UNKNOWN = "org.freedesktop.DBus.Error.ServiceUnknown";
    public static final String NAME_HAS_NO_OWNER = "org.freedesktop.DBus.Error.NameHasNoOwner";
    public static final String UNKNOWN_METHOD = "org.freedesktop.DBus.Error.UnknownMethod";
    public static final String UNIT_EXISTS = "org.freedesktop.systemd1.UnitExists";
    public static final String NO_SUCH_USER = "org.freedesktop.login1.NoSuchUser";

    private final String name;

    public BusError(String name, String message) {
        super(message);
        this.name = name;
    }

    public BusError(String name, String message, Throwable cause) {
        super(message, cause);
        this.name = name;
    }

    public String name() {
        return name;
    }

    public boolean is(String errorName) {
        return name.equals(errorName);
    }

    /** Nobody owns the bus name called: the service is not running (and was not activated). */
    public boolean isMissingService() {
        return is(SERVICE_UNKNOWN) || is(NAME_HAS_NO_OWNER);
    }

    /** "AccessDenied: message", short enough for one log line. */
    public String brief() {
        String shortName = name.substring(name.lastIndexOf('.') + 1);
        String message = getMessage() == null || getMessage().isBlank() ? "" : ": " + getMessage();
        return shortName + message;
    }
}
