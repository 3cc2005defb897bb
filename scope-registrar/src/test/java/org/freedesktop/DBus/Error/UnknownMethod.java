package org.freedesktop.DBus.Error;

import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * For the fake peers: dbus-java names the error it sends after the exception's class, so a class of
 * this name makes the fake answer {@code org.freedesktop.DBus.Error.UnknownMethod} exactly as sd-bus does.
 */
public class UnknownMethod extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public UnknownMethod(String message) {
        super(message);
    }
}
