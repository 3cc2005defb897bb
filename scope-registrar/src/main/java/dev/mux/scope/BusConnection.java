package dev.mux.scope;

import java.time.Duration;
import java.util.List;
import org.freedesktop.dbus.DBusAsyncReply;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.DBusSigHandler;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.messages.Error;
import org.freedesktop.dbus.messages.Message;
import org.freedesktop.dbus.types.Variant;

/**
 * One private connection to a bus, and the only class that talks dbus-java. Every call waits for
 * its reply at most a given time and reports failure as a {@link BusError} that keeps the peer's
 * error name, which dbus-java's typed proxies would turn into a bare message.
 */
final class BusConnection implements AutoCloseable {
    private final DBusConnection connection;

    private BusConnection(DBusConnection connection) {
        this.connection = connection;
    }

    static BusConnection open(String address) throws BusError {
        try {
            return new BusConnection(DBusConnectionBuilder.forAddress(address).withShared(false).build());
        } catch (DBusException | DBusExecutionException e) {
            throw new BusError(BusError.TRANSPORT, "cannot connect to " + address + ": " + e.getMessage(), e);
        }
    }

    /** Calls {@code method} of {@code type} on the object and returns the reply's arguments. */
    <I extends DBusInterface> Object[] call(String destination, String path, Class<I> type, String method,
            Duration timeout, Object... args) throws BusError {
        Message reply;
        try {
            I remote = connection.getRemoteObject(destination, path, type, false);
            DBusAsyncReply<?> pending = connection.callMethodAsync(remote, method, args);
            reply = pending.getCall().getReply(timeout.toMillis());
        } catch (DBusException | DBusExecutionException e) {
            throw new BusError(BusError.TRANSPORT, method + " failed: " + e.getMessage(), e);
        }
        if (reply == null) {
            throw new BusError(BusError.NO_REPLY, "no reply to " + method + " within " + timeout.toMillis() + " ms");
        }
        try {
            if (reply instanceof Error error) throw new BusError(error.getName(), firstText(error.getParameters()));
            Object[] parameters = reply.getParameters();
            return parameters == null ? new Object[0] : parameters;
        } catch (DBusException e) {
            throw new BusError(BusError.TRANSPORT, "unreadable reply to " + method + ": " + e.getMessage(), e);
        }
    }

    /** {@code org.freedesktop.DBus.Properties.Get}, with the variant unwrapped. */
    Object property(String destination, String path, String iface, String name, Duration timeout) throws BusError {
        Object[] reply = call(destination, path, Properties.class, "Get", timeout, iface, name);
        Object value = reply.length > 0 ? reply[0] : null;
        return value instanceof Variant<?> variant ? variant.getValue() : value;
    }

    <S extends DBusSignal> void onSignal(Class<S> type, DBusSigHandler<S> handler) throws BusError {
        try {
            connection.addSigHandler(type, handler);
        } catch (DBusException | DBusExecutionException e) {
            throw new BusError(BusError.TRANSPORT, "cannot subscribe to " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** A string array property arrives as a List or an array depending on the marshaller's mood. */
    static List<String> strings(Object value) {
        if (value instanceof List<?> list) return list.stream().map(String::valueOf).toList();
        if (value instanceof Object[] array) return java.util.Arrays.stream(array).map(String::valueOf).toList();
        return List.of();
    }

    private static String firstText(Object[] parameters) {
        return parameters != null && parameters.length > 0 ? String.valueOf(parameters[0]) : "";
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
