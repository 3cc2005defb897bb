package dev.mux.scope;

import java.util.List;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
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

    /** Every inhibitor lock logind holds: {@code a(ssssuu)}. */
    List<Inhibitor> ListInhibitors();

    /** One lock of ListInhibitors: what, who, why, mode, uid and pid of the holder. */
    final class Inhibitor extends Struct {
        @Position(0)
        private final String what;
        @Position(1)
        private final String who;
        @Position(2)
        private final String why;
        @Position(3)
        private final String mode;
        @Position(4)
        private final UInt32 uid;
        @Position(5)
        private final UInt32 pid;

        public Inhibitor(String what, String who, String why, String mode, UInt32 uid, UInt32 pid) {
            this.what = what;
            this.who = who;
            this.why = why;
            this.mode = mode;
            this.uid = uid;
            this.pid = pid;
        }

        public String getWhat() {
            return what;
        }

        public String getWho() {
            return who;
        }

        public String getWhy() {
            return why;
        }

        public String getMode() {
            return mode;
        }

        public UInt32 getUid() {
            return uid;
        }

        public UInt32 getPid() {
            return pid;
        }
    }

    /** True before the system shuts down or reboots (delay locks hold it up), false if that was cancelled. */
    class PrepareForShutdown extends DBusSignal {
        private final boolean start;

        public PrepareForShutdown(String path, boolean start) throws DBusException {
            super(path, start);
            this.start = start;
        }

        public boolean start() {
            return start;
        }
    }

    /** True before the system sleeps, false after it woke up. */
    class PrepareForSleep extends DBusSignal {
        private final boolean start;

        public PrepareForSleep(String path, boolean start) throws DBusException {
            super(path, start);
            this.start = start;
        }

        public boolean start() {
            return start;
        }
    }
}
