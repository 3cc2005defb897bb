package dev.mux.scope;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;

/** The part of {@code org.freedesktop.login1.Manager} (systemd-logind's D-Bus API) that mux uses. */
@DBusInterfaceName(LoginManager.INTERFACE)
public interface LoginManager extends DBusInterface {
    String INTERFACE = "org.freedesktop.login1.Manager";
    String USER_INTERFACE = "org.freedesktop.login1.User";
    String BUS_NAME = "org.freedesktop.login1";
    String PATH = "/org/freedesktop/login1";

    /** The user's object; fails with NoSuchUser when logind tracks no session and no linger for it. */
    DBusPath GetUser(UInt32 uid);

    /** Wrapper types: dbus-java looks the method up by the classes of the arguments it is given. */
    void SetUserLinger(UInt32 uid, Boolean enable, Boolean interactive);
}
