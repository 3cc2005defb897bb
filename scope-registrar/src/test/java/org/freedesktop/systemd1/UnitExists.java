package org.freedesktop.systemd1;

import org.freedesktop.dbus.exceptions.DBusExecutionException;

/** For the fake systemd: answers {@code org.freedesktop.systemd1.UnitExists}, as systemd does for a taken name. */
public class UnitExists extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public UnitExists(String message) {
        super(message);
    }
}
