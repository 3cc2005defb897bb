package dev.mux.scope;

import java.util.List;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;

/** The part of {@code org.freedesktop.systemd1.Manager} (systemd's D-Bus API) that mux uses. */
@DBusInterfaceName(SystemdManager.INTERFACE)
public interface SystemdManager extends DBusInterface {
    String INTERFACE = "org.freedesktop.systemd1.Manager";
    String BUS_NAME = "org.freedesktop.systemd1";
    String PATH = "/org/freedesktop/systemd1";

    /** Without it the manager sends no JobRemoved to a client on the user bus. */
    void Subscribe();

    /** Signature {@code ssa(sv)a(sa(sv))}: name, job mode, properties, auxiliary units; returns the job. */
    DBusPath StartTransientUnit(String name, String mode, List<UnitProperty> properties, List<AuxiliaryUnit> aux);

    /** Moves more processes into a unit that runs (systemd 238 and later); {@code subcgroup} "" is the unit's own cgroup. */
    void AttachProcessesToUnit(String unit, String subcgroup, List<UInt32> pids);

    /** Sent when a job finished; {@code result} is done, canceled, timeout, failed, dependency or skipped. */
    class JobRemoved extends DBusSignal {
        private final DBusPath job;
        private final String unit;
        private final String result;

        public JobRemoved(String path, UInt32 id, DBusPath job, String unit, String result) throws DBusException {
            super(path, id, job, unit, result);
            this.job = job;
            this.unit = unit;
            this.result = result;
        }

        public DBusPath job() {
            return job;
        }

        public String unit() {
            return unit;
        }

        public String result() {
            return result;
        }
    }
}
